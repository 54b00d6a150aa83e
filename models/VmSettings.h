#pragma once

#include "IntegrationServices.h"
#include "NetworkAdapterSettings.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hvdesk {

// The editable configuration of a VM that the Settings dialog works on.
struct VmSettings
{
    QList<NetworkAdapterSettings> adapters;
    QList<IntegrationService> integrationServices;
    bool operator==(const VmSettings &) const = default;
};

struct AdapterModification
{
    NetworkAdapterSettings before;
    NetworkAdapterSettings after;
    bool operator==(const AdapterModification &) const = default;
};

// Only what changed between two VmSettings: what Apply sends to the backend as one job.
struct VmSettingsChange
{
    QString vmId;
    QList<NetworkAdapterSettings> addedAdapters;
    QStringList removedAdapterIds;
    QList<AdapterModification> modifiedAdapters;
    QList<IntegrationService> changedServices; // with their new enabled flag

    static VmSettingsChange between(const QString &vmId, const VmSettings &before, const VmSettings &after);
    bool isEmpty() const;
    bool operator==(const VmSettingsChange &) const = default;
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::VmSettings)
Q_DECLARE_METATYPE(hvdesk::VmSettingsChange)
