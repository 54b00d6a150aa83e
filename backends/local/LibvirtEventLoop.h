#pragma once

namespace hvdesk::local {

// libvirt's default event loop (virEventRegisterDefaultImpl), run on one thread of its own for
// the whole process: domain events arrive without polling. Must be started before the first
// connection is opened; start() is idempotent and thread-safe.
class LibvirtEventLoop
{
public:
    static void start();
};

} // namespace hvdesk::local
