#include "CertificatePins.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>

namespace hvdesk {

Q_LOGGING_CATEGORY(lcPins, "hvdesk.pins")

namespace {

const QString Group = QStringLiteral("certificatePins");

// QSettings treats '/' and '\' in a key as group separators; an endpoint never holds them, but a
// key must not be able to reach outside the group even if one did.
QString keyOf(const QString &endpoint)
{
    QString key = SettingsCertificatePinStore::normalizeEndpoint(endpoint);
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return key;
}

} // namespace

SettingsCertificatePinStore::SettingsCertificatePinStore(QObject *parent)
    : QObject(parent)
{
}

QString SettingsCertificatePinStore::normalizeEndpoint(const QString &endpoint)
{
    return endpoint.trimmed().toLower();
}

QString SettingsCertificatePinStore::normalizeFingerprint(const QString &sha256)
{
    QString hex = sha256.trimmed().toUpper();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression HexBytes(QStringLiteral("^[0-9A-F]{64}$"));
    if (!HexBytes.match(hex).hasMatch())
        return QString();
    QStringList pairs;
    pairs.reserve(32);
    for (int i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

QString SettingsCertificatePinStore::pinned(const QString &endpoint) const
{
    QSettings settings;
    settings.beginGroup(Group);
    return settings.value(keyOf(endpoint)).toString();
}

void SettingsCertificatePinStore::pin(const QString &endpoint, const QString &sha256)
{
    const QString fingerprint = normalizeFingerprint(sha256);
    if (fingerprint.isEmpty() || normalizeEndpoint(endpoint).isEmpty()) {
        qCWarning(lcPins) << "not pinning" << endpoint << ": not a SHA-256 fingerprint:" << sha256;
        return;
    }
    QSettings settings;
    settings.beginGroup(Group);
    if (settings.value(keyOf(endpoint)).toString() == fingerprint)
        return;
    settings.setValue(keyOf(endpoint), fingerprint);
    settings.sync();
    emit pinsChanged();
}

void SettingsCertificatePinStore::unpin(const QString &endpoint)
{
    QSettings settings;
    settings.beginGroup(Group);
    if (!settings.contains(keyOf(endpoint)))
        return;
    settings.remove(keyOf(endpoint));
    settings.sync();
    emit pinsChanged();
}

QStringList SettingsCertificatePinStore::endpoints() const
{
    QSettings settings;
    settings.beginGroup(Group);
    QStringList keys = settings.childKeys();
    keys.sort();
    return keys;
}

} // namespace hvdesk
