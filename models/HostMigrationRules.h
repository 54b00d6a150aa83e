#pragma once

#include "Diagnostic.h"
#include "HostInfo.h"

#include <QCoreApplication>

namespace hvdesk {

// Validation of a host's live and storage migration settings (Hyper-V Settings > Live
// Migrations, Storage Migrations, Advanced Features). Pure.
class HostMigrationRules
{
    Q_DECLARE_TR_FUNCTIONS(HostMigrationRules)

public:
    static constexpr int SimultaneousMin = 1;
    static constexpr int SimultaneousMax = 512; // Set-VMHost accepts larger; hvdesk keeps the topology's range

    static Diagnostics validate(const HostMigrationSettings &settings);
    // "10.0.50.0/24", "fd00::/64": an address and a prefix length that fits it.
    static bool isValidSubnet(const QString &text, QString *whyNot = nullptr);
};

} // namespace hvdesk
