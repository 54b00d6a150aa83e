#include "QtPrinters.h"

#include <models/VmSettings.h>

#include <gtest/gtest.h>

using namespace hvdesk;

static NetworkAdapterSettings adapter(const QString &id, const QString &sw)
{
    NetworkAdapterSettings a;
    a.id = id;
    a.switchName = sw;
    return a;
}

TEST(VmSettingsChangeTest, CarriesOnlyWhatChanged)
{
    VmSettings before;
    before.adapters = {adapter(QStringLiteral("a"), QStringLiteral("Public")), adapter(QStringLiteral("b"), QStringLiteral("Internal"))};
    before.integrationServices = IntegrationServicesInfo::defaults();
    VmSettings after = before;
    EXPECT_TRUE(VmSettingsChange::between(QStringLiteral("vm"), before, after).isEmpty());

    after.adapters[0].vlanEnabled = true;
    after.adapters[0].vlanId = 20;
    after.adapters.removeAt(1);
    after.adapters << adapter(QString(), QStringLiteral("Public"));
    after.integrationServices[5].enabled = true; // Guest services
    const VmSettingsChange c = VmSettingsChange::between(QStringLiteral("vm"), before, after);
    EXPECT_EQ(c.vmId, QStringLiteral("vm"));
    ASSERT_EQ(c.modifiedAdapters.size(), 1);
    EXPECT_EQ(c.modifiedAdapters[0].before.vlanId, 0);
    EXPECT_EQ(c.modifiedAdapters[0].after.vlanId, 20);
    EXPECT_EQ(c.removedAdapterIds, QStringList{QStringLiteral("b")});
    ASSERT_EQ(c.addedAdapters.size(), 1);
    ASSERT_EQ(c.changedServices.size(), 1);
    EXPECT_EQ(c.changedServices[0].kind, IntegrationServiceKind::GuestServices);
    EXPECT_TRUE(c.changedServices[0].enabled);
}

TEST(VmSettingsChangeTest, IntegrationServiceDefaults)
{
    const IntegrationServicesInfo info;
    ASSERT_EQ(info.services.size(), 6);
    for (const IntegrationService &s : info.services)
        EXPECT_EQ(s.enabled, s.kind != IntegrationServiceKind::GuestServices);
}
