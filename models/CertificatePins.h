#pragma once

#include "RemoteAccess.h"

#include <QObject>

namespace hvdesk {

// The certificates the user trusted, one SHA-256 fingerprint per endpoint, in the application's
// QSettings (group "certificatePins"). A fingerprint is public data, so settings are the right
// place; what must stay secret goes to the keychain instead. Endpoints are compared without
// regard to the host name's case ("Crusader:5986" and "crusader:5986" are one endpoint).
class SettingsCertificatePinStore : public QObject, public CertificatePinStore
{
    Q_OBJECT

public:
    explicit SettingsCertificatePinStore(QObject *parent = nullptr);

    QString pinned(const QString &endpoint) const override;
    // Ignores (with a warning) a fingerprint that is not 32 hex bytes: a pin that can match no
    // certificate would lock the endpoint out for good.
    void pin(const QString &endpoint, const QString &sha256) override;
    void unpin(const QString &endpoint) override;
    QStringList endpoints() const override; // sorted

    // "aa:bb..." or "AABB..." (32 bytes) as "AA:BB:...", upper case; empty when not a SHA-256.
    static QString normalizeFingerprint(const QString &sha256);
    static QString normalizeEndpoint(const QString &endpoint);

signals:
    // After every pin or unpin that changed something: the Trusted Certificates dialog listens.
    void pinsChanged();
};

} // namespace hvdesk
