#include "VmSettings.h"

namespace hvdesk {

VmSettingsChange VmSettingsChange::between(const QString &vmId, const VmSettings &before, const VmSettings &after)
{
    VmSettingsChange change;
    change.vmId = vmId;
    for (const NetworkAdapterSettings &a : after.adapters) {
        const auto old = std::find_if(before.adapters.begin(), before.adapters.end(),
                                      [&](const NetworkAdapterSettings &b) { return b.id == a.id; });
        if (old == before.adapters.end())
            change.addedAdapters << a;
        else if (!(*old == a))
            change.modifiedAdapters << AdapterModification{*old, a};
    }
    for (const NetworkAdapterSettings &b : before.adapters) {
        const bool kept = std::any_of(after.adapters.begin(), after.adapters.end(),
                                      [&](const NetworkAdapterSettings &a) { return a.id == b.id; });
        if (!kept)
            change.removedAdapterIds << b.id;
    }
    for (const IntegrationService &s : after.integrationServices) {
        const auto old = std::find_if(before.integrationServices.begin(), before.integrationServices.end(),
                                      [&](const IntegrationService &b) { return b.kind == s.kind; });
        if (old == before.integrationServices.end() || old->enabled != s.enabled)
            change.changedServices << s;
    }
    return change;
}

bool VmSettingsChange::isEmpty() const
{
    return addedAdapters.isEmpty() && removedAdapterIds.isEmpty() && modifiedAdapters.isEmpty()
        && changedServices.isEmpty();
}

} // namespace hvdesk
