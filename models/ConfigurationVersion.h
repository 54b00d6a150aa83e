#pragma once

#include "Error.h"
#include "HostInfo.h"
#include "VmInfo.h"

#include <QCoreApplication>
#include <QString>

namespace hvdesk {

// A VM's configuration version ("5.0"), held as major * 10 + minor (50) like
// HostInfo::maxConfigurationVersion. Upgrading it (Update-VMVersion) is one way: the VM no
// longer runs on hosts that only know the older version.
class ConfigurationVersion
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationVersion)

public:
    // "5.0" -> 50; -1 when the text is not "major.minor".
    static int parse(const QString &text);
    static QString toString(int version);
    // Whether the VM can be upgraded to its host's highest version now; a null Error if so.
    static Error canUpgrade(const VmInfo &vm, const HostInfo *host);
};

} // namespace hvdesk
