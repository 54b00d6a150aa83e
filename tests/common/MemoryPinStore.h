#pragma once

#include <models/RemoteAccess.h>

#include <QHash>
#include <QStringList>

namespace hvdesk::test {

// Certificate pins in memory: what SettingsCertificatePinStore would keep.
class MemoryPinStore : public CertificatePinStore
{
public:
    QHash<QString, QString> pins;
    QString pinned(const QString &endpoint) const override { return pins.value(endpoint); }
    void pin(const QString &endpoint, const QString &sha256) override { pins.insert(endpoint, sha256); }
    void unpin(const QString &endpoint) override { pins.remove(endpoint); }
    QStringList endpoints() const override { return pins.keys(); }
};

} // namespace hvdesk::test
