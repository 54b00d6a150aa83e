#include "LibvirtEventLoop.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace hvdesk::local {

namespace {

// virEventRunDefaultImpl sleeps until an event or a timer is due; the periodic timer bounds
// that sleep so the thread notices when the process ends.
constexpr int WakeIntervalMs = 100;

class EventThread
{
public:
    EventThread()
    {
        // Errors are reported as values (virGetLastError); libvirt's default handler would also
        // print every one of them to stderr.
        virSetErrorFunc(nullptr, [](void *, virErrorPtr) {});
        virEventRegisterDefaultImpl();
        m_timer = virEventAddTimeout(WakeIntervalMs, [](int, void *) {}, nullptr, nullptr);
        m_thread = std::thread([this] {
            while (!m_stop.load())
                virEventRunDefaultImpl();
        });
    }
    ~EventThread()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
        if (m_timer >= 0)
            virEventRemoveTimeout(m_timer);
    }

private:
    std::atomic<bool> m_stop{false};
    int m_timer = -1;
    std::thread m_thread;
};

} // namespace

void LibvirtEventLoop::start()
{
    static EventThread thread;
}

} // namespace hvdesk::local
