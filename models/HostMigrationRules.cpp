#include "HostMigrationRules.h"

#include <QRegularExpression>

namespace hvdesk {

bool HostMigrationRules::isValidSubnet(const QString &text, QString *whyNot)
{
    auto fail = [&](const QString &why) {
        if (whyNot)
            *whyNot = why;
        return false;
    };
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return fail(tr("'%1' is not a subnet: write an address and a prefix length, such as 10.0.50.0/24.").arg(text));
    bool ok = false;
    const int prefix = parts[1].toInt(&ok);
    const QString address = parts[0];
    if (address.contains(QLatin1Char(':'))) {
        static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:]+$"));
        if (!v6.match(address).hasMatch() || address.count(QStringLiteral("::")) > 1 || address.count(QLatin1Char(':')) > 7)
            return fail(tr("'%1' is not an IPv6 address.").arg(address));
        if (!ok || prefix < 0 || prefix > 128)
            return fail(tr("The prefix length of '%1' must be 0-128.").arg(text));
        return true;
    }
    const QStringList octets = address.split(QLatin1Char('.'));
    if (octets.size() != 4)
        return fail(tr("'%1' is not an IPv4 address such as 10.0.50.0.").arg(address));
    for (const QString &o : octets) {
        bool okOctet = false;
        const int v = o.toInt(&okOctet);
        if (!okOctet || v < 0 || v > 255)
            return fail(tr("'%1' is not an IPv4 address such as 10.0.50.0.").arg(address));
    }
    if (!ok || prefix < 0 || prefix > 32)
        return fail(tr("The prefix length of '%1' must be 0-32.").arg(text));
    return true;
}

Diagnostics HostMigrationRules::validate(const HostMigrationSettings &settings)
{
    Diagnostics out;
    auto range = [&](int value, const QString &field, const QString &label) {
        if (value >= SimultaneousMin && value <= SimultaneousMax)
            return;
        Diagnostic d;
        d.id = QStringLiteral("host.migration.simultaneous.range");
        d.field = field;
        d.message = tr("%1: %2 is out of range.").arg(label).arg(value);
        d.fix = tr("Use a number from %1 to %2 (the default is %3).")
                    .arg(SimultaneousMin)
                    .arg(SimultaneousMax)
                    .arg(HostMigrationSettings::DefaultSimultaneous);
        out << d;
    };
    range(settings.simultaneousLiveMigrations, QStringLiteral("simultaneousLiveMigrations"),
          tr("Simultaneous live migrations"));
    range(settings.simultaneousStorageMigrations, QStringLiteral("simultaneousStorageMigrations"),
          tr("Simultaneous storage migrations"));
    QStringList seen;
    for (const QString &net : settings.migrationNetworks) {
        QString why;
        Diagnostic d;
        d.field = QStringLiteral("migrationNetworks");
        if (!isValidSubnet(net, &why)) {
            d.id = QStringLiteral("host.migration.network.invalid");
            d.message = tr("Migration network: %1").arg(why);
            d.fix = tr("Correct or remove the entry.");
            out << d;
        } else if (seen.contains(net.trimmed())) {
            d.id = QStringLiteral("host.migration.network.duplicate");
            d.message = tr("Migration network %1 is listed twice.").arg(net.trimmed());
            d.fix = tr("Remove the second entry.");
            out << d;
        }
        seen << net.trimmed();
    }
    return out;
}

} // namespace hvdesk
