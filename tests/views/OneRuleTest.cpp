// One rule, every view: what VM Settings forbids, the Network View does not offer and the backend
// refuses with the same reason; features a host's version or a VM's generation lack are not
// offered; a guest that is not running shows no IP address; an incomplete or empty integration
// services version is Unknown with the reason.
#include "DemoWindowFixture.h"
#include "QtPrinters.h"

#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/HostNetworkView.h>
#include <views/MainWindow.h>
#include <views/ScriptView.h>
#include <views/settings/SettingsDialog.h>
#include <views/settings/SettingsPage.h>
#include <views/VmDetailsPane.h>

#include <models/IntegrationServicesCheck.h>
#include <models/NetworkFlowModel.h>
#include <models/VmListModel.h>

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

const QString AccelPage = QStringLiteral("hardwareAccelerationPage");
const QString AdvancedPage = QStringLiteral("advancedFeaturesPage");

class OneRuleTest : public test::DemoWindowFixture
{
protected:
    SettingsDialog *openSettings(const QString &vmId)
    {
        EXPECT_TRUE(window->selectVm(vmId));
        window->settingsAction()->trigger();
        for (SettingsDialog *d : window->findChildren<SettingsDialog *>()) {
            if (d->vmId() == vmId && d->isVisible())
                return d;
        }
        ADD_FAILURE() << "no settings dialog";
        return nullptr;
    }

    template<typename T> static T *child(SettingsDialog *dialog, const QString &page, const QString &name)
    {
        SettingsPage *p = dialog->page(page, 0);
        EXPECT_NE(p, nullptr) << page.toStdString();
        T *w = p ? p->findChild<T *>(name) : nullptr;
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }

    static QString labelText(SettingsDialog *dialog, const QString &page, const QString &name)
    {
        const QLabel *l = child<QLabel>(dialog, page, name);
        return l ? l->text() : QStringLiteral("<no label>");
    }

    static bool labelShown(SettingsDialog *dialog, const QString &page, const QString &name)
    {
        const QLabel *l = child<QLabel>(dialog, page, name);
        return l && !l->isHidden();
    }

    static void closeDialog(SettingsDialog *dialog)
    {
        dialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // A Windows Server 2016 host with a generation 1 and a generation 2 VM, and a switch without SR-IOV.
    SimulatedBackend *addTemplar()
    {
        Error e;
        auto topology = TopologyLoader::fromJson(R"({
          "hosts": [{"name": "templar", "os": "Windows Server 2016 Datacenter", "build": "10.0.14393",
                     "processor": {"logicalProcessors": 8}, "memoryGB": 64,
                     "integrationServicesVersion": "10.0.14393.0", "maxConfigurationVersion": "8.0",
                     "nics": [{"name": "nic", "linkSpeedGbps": 10}],
                     "switches": [{"name": "Public", "type": "external", "nic": "nic"}]}],
          "vms": [{"name": "gen1", "host": "templar", "state": "off", "generation": 1, "memory": {"startupMB": 2048},
                   "configurationVersion": "8.0", "integrationServices": {"version": "10.0.14393.0"},
                   "adapters": [{"switch": "Public", "ip": ["10.0.40.1"]}]},
                  {"name": "gen2", "host": "templar", "state": "off", "generation": 2, "memory": {"startupMB": 2048},
                   "configurationVersion": "8.0", "integrationServices": {"version": "10.0.14393.0"},
                   "adapters": [{"switch": "Public"}]},
                  {"name": "short", "host": "templar", "state": "running", "memory": {"startupMB": 2048},
                   "configurationVersion": "8.0", "integrationServices": {"version": "6.2"},
                   "adapters": [{"switch": "Public"}]},
                  {"name": "blank", "host": "templar", "state": "running", "memory": {"startupMB": 2048},
                   "configurationVersion": "8.0", "os": "Windows Server 2016 Datacenter",
                   "adapters": [{"switch": "Public"}]}]
        })",
            QStringLiteral("templar.json"), &e);
        EXPECT_TRUE(topology.has_value()) << e.message.toStdString();
        if (!topology)
            return nullptr;
        auto b = std::make_unique<SimulatedBackend>(QStringLiteral("sim:templar"), *topology);
        b->setClockMode(SimulatedBackend::ClockMode::Manual);
        return static_cast<SimulatedBackend *>(connections.add(std::move(b)));
    }

    static QString vmIdIn(const SimulatedBackend *b, const QString &name)
    {
        for (int i = 0; i < b->vmCount(); ++i) {
            if (b->vmAt(i).name == name)
                return b->vmAt(i).id;
        }
        ADD_FAILURE() << "no VM named " << name.toStdString();
        return {};
    }

    static JobPtr applyAdapter(
        SimulatedBackend *b, const QString &vmId, const std::function<void(NetworkAdapterSettings &)> &edit)
    {
        const VmInfo *vm = b->findVm(vmId);
        VmSettingsChange change;
        change.vmId = vmId;
        AdapterModification m { vm->adapters[0].settings, vm->adapters[0].settings };
        edit(m.after);
        change.modifiedAdapters << m;
        return b->applyVmSettings(change);
    }

    QString ipShown(const QString &vmId)
    {
        EXPECT_TRUE(window->selectVm(vmId));
        auto *table = window->detailsPane()->findChild<QTableWidget *>(QStringLiteral("networkingTable"));
        EXPECT_NE(table, nullptr);
        if (!table || table->rowCount() == 0 || !table->item(0, 3))
            return QStringLiteral("<no row>");
        return table->item(0, 3)->text();
    }
};

} // namespace

TEST_F(OneRuleTest, SrIovOnASwitchWithoutItIsRefusedByTheNetworkViewAsByVmSettings)
{
    // saracen's PUBLIC switch was created without SR-IOV; dc02 is connected to it.
    const QString id = idOf(QStringLiteral("dc02"));
    const QString reason
        = QStringLiteral("SR-IOV is not available: The switch was created without SR-IOV; it cannot be "
                         "converted later (New-VMSwitch -EnableIov).");
    SettingsDialog *dialog = openSettings(id);
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(child<QCheckBox>(dialog, AccelPage, QStringLiteral("iovEnabled"))->isEnabled());
    EXPECT_EQ(child<QLabel>(dialog, AccelPage, QStringLiteral("iovReason"))->text(), reason);
    closeDialog(dialog);

    HostNetworkView *view = window->openNetworkView(sim, QStringLiteral("saracen"));
    ASSERT_TRUE(view);
    sim->advance(1000);
    const int row = view->flowModel()->rowOfVm(id);
    ASSERT_GE(row, 0);
    std::unique_ptr<QMenu> menu(view->flowContextMenu(row));
    ASSERT_TRUE(menu);
    auto *sriov = menu->findChild<QAction *>(QStringLiteral("actionUseSrIov"));
    ASSERT_TRUE(sriov);
    EXPECT_FALSE(sriov->isChecked());
    EXPECT_FALSE(sriov->isEnabled());
    EXPECT_EQ(sriov->toolTip(), reason);
    auto *vmq = menu->findChild<QAction *>(QStringLiteral("actionUseVmq"));
    ASSERT_TRUE(vmq);
    EXPECT_TRUE(vmq->isEnabled());

    // The view's own toggle refuses it with the same reason, before the backend is asked.
    const JobPtr job = view->setVmSrIov(id, true);
    ASSERT_TRUE(job);
    sim->advance(2000);
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("adapter.iov.unavailable"));
    EXPECT_TRUE(job->error().message.contains(reason)) << job->error().message.toStdString();
    EXPECT_FALSE(sim->findVm(id)->adapters[0].settings.iovEnabled());

    // And the backend refuses it to anyone who asks, with the same error.
    const JobPtr direct = applyAdapter(sim, id, [](NetworkAdapterSettings &s) { s.iovWeight = 100; });
    sim->advance(2000);
    EXPECT_EQ(direct->state(), Job::State::Failed);
    EXPECT_EQ(direct->error().code, QStringLiteral("adapter.iov.unavailable"));
    EXPECT_TRUE(direct->error().message.contains(reason)) << direct->error().message.toStdString();
    EXPECT_FALSE(sim->findVm(id)->adapters[0].settings.iovEnabled());
    view->close();
}

TEST_F(OneRuleTest, SrIovStaysOfferedWhereTheSwitchHasIt)
{
    // crusader's Public switch has SR-IOV: web01 can turn it on from the Network View.
    const QString id = idOf(QStringLiteral("web01"));
    HostNetworkView *view = window->openNetworkView(sim, QStringLiteral("crusader"));
    ASSERT_TRUE(view);
    sim->advance(1000);
    std::unique_ptr<QMenu> menu(view->flowContextMenu(view->flowModel()->rowOfVm(id)));
    ASSERT_TRUE(menu);
    auto *sriov = menu->findChild<QAction *>(QStringLiteral("actionUseSrIov"));
    ASSERT_TRUE(sriov);
    EXPECT_TRUE(sriov->isEnabled());
    const JobPtr job = view->setVmSrIov(id, true);
    ASSERT_TRUE(job);
    sim->advance(2000);
    EXPECT_EQ(job->state(), Job::State::Completed) << job->error().text().toStdString();
    view->close();
}

TEST_F(OneRuleTest, ProtectedNetworkAndDeviceNamingAreNotOfferedOnWindowsServer2012)
{
    // crusader runs Windows Server 2012 (6.2.9200); dc01 is a generation 1 VM.
    const QString id = idOf(QStringLiteral("dc01"));
    SettingsDialog *dialog = openSettings(id);
    ASSERT_NE(dialog, nullptr);
    auto *protectedNetwork = child<QCheckBox>(dialog, AdvancedPage, QStringLiteral("protectedNetwork"));
    auto *deviceNaming = child<QCheckBox>(dialog, AdvancedPage, QStringLiteral("deviceNaming"));
    EXPECT_FALSE(protectedNetwork->isEnabled());
    EXPECT_FALSE(deviceNaming->isEnabled());
    EXPECT_EQ(labelText(dialog, AdvancedPage, QStringLiteral("protectedNetworkReason")),
        QStringLiteral("Protected network is not available: it needs Windows Server 2012 R2 or later; crusader "
                       "runs build 6.2.9200."));
    EXPECT_EQ(deviceNaming->toolTip(),
        QStringLiteral("Device naming is not available: it needs Windows Server 2016 or "
                       "later; crusader runs build 6.2.9200."));
    EXPECT_TRUE(labelShown(dialog, AdvancedPage, QStringLiteral("deviceNamingReason")));
    // A click on a control that is not offered changes nothing, so the preview has no command for it.
    QTest::mouseClick(deviceNaming, Qt::LeftButton);
    QTest::mouseClick(protectedNetwork, Qt::LeftButton);
    EXPECT_FALSE(deviceNaming->isChecked());
    EXPECT_TRUE(protectedNetwork->isChecked());
    for (const AdapterModification &m : dialog->pendingChange().modifiedAdapters) {
        EXPECT_FALSE(m.after.deviceNaming);
        EXPECT_TRUE(m.after.protectedNetwork);
    }
    auto *script = dialog->findChild<ScriptView *>(QStringLiteral("settingsScript"));
    ASSERT_TRUE(script);
    EXPECT_FALSE(script->text().contains(QStringLiteral("DeviceNaming")));
    EXPECT_FALSE(script->text().contains(QStringLiteral("NotMonitoredInCluster")));
    closeDialog(dialog);

    // The backend refuses both with the same reasons.
    const JobPtr naming = applyAdapter(sim, id, [](NetworkAdapterSettings &s) { s.deviceNaming = true; });
    const JobPtr unprotected = applyAdapter(
        sim, idOf(QStringLiteral("dc02")), [](NetworkAdapterSettings &s) { s.protectedNetwork = false; });
    sim->advance(2000);
    EXPECT_EQ(naming->state(), Job::State::Failed);
    EXPECT_EQ(naming->error().code, QStringLiteral("adapter.devicenaming.unavailable"));
    EXPECT_TRUE(naming->error().message.contains(QStringLiteral("needs Windows Server 2016 or later")));
    EXPECT_EQ(unprotected->state(), Job::State::Failed);
    EXPECT_EQ(unprotected->error().code, QStringLiteral("adapter.protected.unavailable"));
    EXPECT_TRUE(unprotected->error().message.contains(QStringLiteral("needs Windows Server 2012 R2 or later")));
    EXPECT_FALSE(sim->findVm(id)->adapters[0].settings.deviceNaming);
}

TEST_F(OneRuleTest, DeviceNamingIsForGenerationTwoVmsOnWindowsServer2016)
{
    SimulatedBackend *templar = addTemplar();
    ASSERT_TRUE(templar);
    const QString gen1 = vmIdIn(templar, QStringLiteral("gen1"));
    const QString gen2 = vmIdIn(templar, QStringLiteral("gen2"));

    SettingsDialog *dialog = openSettings(gen1);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(child<QCheckBox>(dialog, AdvancedPage, QStringLiteral("protectedNetwork"))->isEnabled());
    EXPECT_FALSE(labelShown(dialog, AdvancedPage, QStringLiteral("protectedNetworkReason")));
    EXPECT_FALSE(child<QCheckBox>(dialog, AdvancedPage, QStringLiteral("deviceNaming"))->isEnabled());
    EXPECT_EQ(labelText(dialog, AdvancedPage, QStringLiteral("deviceNamingReason")),
        QStringLiteral("Device naming is not available: it is for generation 2 virtual machines only; 'gen1' is "
                       "generation 1."));
    closeDialog(dialog);
    const JobPtr refused = applyAdapter(templar, gen1, [](NetworkAdapterSettings &s) { s.deviceNaming = true; });
    templar->advance(2000);
    EXPECT_EQ(refused->state(), Job::State::Failed);
    EXPECT_EQ(refused->error().code, QStringLiteral("adapter.devicenaming.unavailable"));

    // A generation 2 VM on Windows Server 2016 has it: offered, previewed and applied.
    dialog = openSettings(gen2);
    ASSERT_NE(dialog, nullptr);
    auto *naming = child<QCheckBox>(dialog, AdvancedPage, QStringLiteral("deviceNaming"));
    EXPECT_TRUE(naming->isEnabled());
    EXPECT_FALSE(labelShown(dialog, AdvancedPage, QStringLiteral("deviceNamingReason")));
    naming->setChecked(true);
    ASSERT_EQ(dialog->pendingChange().modifiedAdapters.size(), 1);
    EXPECT_TRUE(dialog->pendingChange().modifiedAdapters[0].after.deviceNaming);
    closeDialog(dialog);
    const JobPtr applied = applyAdapter(templar, gen2, [](NetworkAdapterSettings &s) { s.deviceNaming = true; });
    templar->advance(3000);
    EXPECT_EQ(applied->state(), Job::State::Completed) << applied->error().text().toStdString();
    EXPECT_TRUE(templar->findVm(gen2)->adapters[0].settings.deviceNaming);
}

TEST_F(OneRuleTest, AVmThatIsNotRunningShowsNoIpAddress)
{
    // dc01 runs and reports its address; turned off, it reports none, and again once started.
    const QString id = idOf(QStringLiteral("dc01"));
    EXPECT_EQ(ipShown(id), QStringLiteral("10.0.10.11"));
    const JobPtr off = sim->changeVmState(id, VmAction::TurnOff);
    sim->advance(5000);
    ASSERT_EQ(off->state(), Job::State::Completed) << off->error().text().toStdString();
    ASSERT_EQ(sim->findVm(id)->state, VmState::Off);
    EXPECT_TRUE(sim->findVm(id)->adapters[0].runtime.ipAddresses.isEmpty());
    EXPECT_EQ(ipShown(id), QString());
    const JobPtr start = sim->changeVmState(id, VmAction::Start);
    sim->advance(10000);
    ASSERT_EQ(start->state(), Job::State::Completed) << start->error().text().toStdString();
    EXPECT_EQ(ipShown(id), QStringLiteral("10.0.10.11"));

    // A VM that is off from the start, with an address in its topology, shows none.
    SimulatedBackend *templar = addTemplar();
    ASSERT_TRUE(templar);
    const QString gen1 = vmIdIn(templar, QStringLiteral("gen1"));
    EXPECT_TRUE(templar->findVm(gen1)->adapters[0].runtime.ipAddresses.isEmpty());
    EXPECT_EQ(ipShown(gen1), QString());
}

TEST_F(OneRuleTest, IncompleteAndEmptyIntegrationServicesVersionsAreUnknownWithTheReason)
{
    SimulatedBackend *templar = addTemplar();
    ASSERT_TRUE(templar);
    templar->advance(1000);
    const std::optional<HostInfo> host = templar->host(QStringLiteral("templar"));
    ASSERT_TRUE(host);

    const VmInfo *shortVersion = templar->findVm(vmIdIn(templar, QStringLiteral("short")));
    const IntegrationFinding f = IntegrationServicesCheck::checkVm(*shortVersion, &*host);
    EXPECT_EQ(f.verdict, IntegrationVerdict::Unknown);
    EXPECT_TRUE(f.reason.contains(QStringLiteral("'6.2', which is incomplete"))) << f.reason.toStdString();
    EXPECT_TRUE(f.problemServices.isEmpty())
        << IntegrationServicesCheck::problemServicesText(*shortVersion, f).toStdString();
    for (const IntegrationService &s : shortVersion->integrationServices.services)
        EXPECT_NE(s.status, IntegrationServiceStatus::ProtocolMismatch);
    EXPECT_EQ(window->vmModel()->indexOfVm(shortVersion->id, VmListModel::IntegrationServicesColumn).data().toString(),
        QStringLiteral("Unknown"));

    const VmInfo *blank = templar->findVm(vmIdIn(templar, QStringLiteral("blank")));
    const IntegrationFinding g = IntegrationServicesCheck::checkVm(*blank, &*host);
    EXPECT_EQ(g.verdict, IntegrationVerdict::Unknown);
    EXPECT_TRUE(g.reason.startsWith(QStringLiteral("The guest reports no integration services version")))
        << g.reason.toStdString();
    EXPECT_EQ(window->vmModel()->indexOfVm(blank->id, VmListModel::IntegrationServicesColumn).data().toString(),
        QStringLiteral("Unknown"));
}
