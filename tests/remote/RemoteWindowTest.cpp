// The main window on a wsman+http URI of an in-process hvdesk-simd server (WS-Management over a
// real socket on 127.0.0.1): the VMs show, and the Settings dialog opens and applies.
#include "QtPrinters.h"
#include "RemoteTestUtil.h"

#include <remote/RemoteBackend.h>
#include <simd/SimdServer.h>
#include <simulated/MigrationEngine.h>
#include <simulated/TopologyLoader.h>
#include <views/MainWindow.h>
#include <views/NumberEdit.h>
#include <views/move/CompatibilityPage.h>
#include <views/move/DestinationPage.h>
#include <views/move/HostMigrationSettingsDialog.h>
#include <views/move/MoveActions.h>
#include <views/move/MoveWizard.h>
#include <views/ScriptView.h>
#include <views/settings/SettingsDialog.h>
#include <views/settings/SettingsPage.h>
#include <views/VmDetailsPane.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/Format.h>

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::test;
using namespace Qt::StringLiterals;

namespace {

class RemoteWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        server = std::make_unique<simd::SimdServer>(sim::TopologyLoader::demo());
        server->simulation().setClockMode(simd::SimulationHost::ClockMode::Manual);
        simd::SimdOptions options;
        options.https = false;
        options.basePort = 0;
        options.account = Credentials { u"hvdesk"_s, u"window-test"_s };
        Error error;
        ASSERT_TRUE(server->start(options, &error)) << error.text().toStdString();
        QStringList extra;
        for (const simd::SimdServer::Endpoint &e : server->endpoints()) {
            keychain.entries.insert(u"127.0.0.1:%1"_s.arg(e.port), options.account);
            if (e.hostName != u"crusader"_s)
                extra << u"host=127.0.0.1:%1"_s.arg(e.port);
        }
        uri = u"wsman+http://127.0.0.1:%1?%2"_s.arg(server->endpoints().front().port).arg(extra.join(u"&"_s));
        access.credentials = &keychain;
        factory.registerScheme(u"wsman+http"_s, remote::RemoteBackend::schemeDescription(),
            [this](const QString &u, Error *e) { return remote::RemoteBackend::create(u, access, e); });
        window = std::make_unique<MainWindow>(&connections, &factory);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override
    {
        window.reset();
        connections.clear();
        server.reset();
        QSettings().clear();
    }

    MemoryCredentialStore keychain;
    RemoteAccess access;
    std::unique_ptr<simd::SimdServer> server;
    QString uri;
    BackendFactory factory;
    ConnectionManager connections;
    std::unique_ptr<MainWindow> window;
};

TEST_F(RemoteWindowTest, TheWindowShowsTheRemoteVmsAndTheSettingsDialogApplies)
{
    QString error;
    ASSERT_TRUE(window->connectTo(uri, &error)) << error.toStdString();
    ASSERT_EQ(connections.count(), 1);
    HostBackend *backend = connections.at(0);
    ASSERT_TRUE(waitUntil(
        [&] { return backend->connectionState() == ConnectionState::Connected && backend->vmCount() == 20; }, 20000))
        << backend->lastError().text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return window->vmView()->model()->rowCount() == 20; }));

    QString sql01;
    for (int i = 0; i < backend->vmCount(); ++i) {
        if (backend->vmAt(i).name == u"sql01"_s)
            sql01 = backend->vmAt(i).id;
    }
    ASSERT_FALSE(sql01.isEmpty());
    ASSERT_TRUE(window->selectVm(sql01));
    // The details ask the host for the virtual size of sql01's disks only.
    const VirtualDisk disk
        = server->simulation().simulation().vm(server->simulation().simulation().indexOfVm(sql01)).disks.front();
    const QString expected = u"%1 of %2"_s.arg(Format::bytes(disk.sizeBytes), Format::bytes(disk.maxSizeBytes));
    ASSERT_TRUE(waitUntil([&] { return window->detailsPane()->fieldText(u"disks"_s).contains(expected); }))
        << window->detailsPane()->fieldText(u"disks"_s).toStdString();
    ASSERT_TRUE(window->settingsAction()->isEnabled());
    window->settingsAction()->trigger();
    SettingsDialog *dialog = nullptr;
    for (SettingsDialog *d : window->findChildren<SettingsDialog *>()) {
        if (d->vmId() == sql01)
            dialog = d;
    }
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *vlan = dialog->page(u"networkAdapterPage"_s, 0)->findChild<QLineEdit *>(u"vlanId"_s);
    ASSERT_NE(vlan, nullptr);
    EXPECT_EQ(vlan->text(), u"20"_s);
    vlan->setFocus();
    vlan->selectAll();
    QTest::keyClick(vlan, Qt::Key_Delete);
    QTest::keyClicks(vlan, u"25"_s);
    ASSERT_TRUE(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->isApplying());
    // The host applies it as the simulated clock runs.
    ASSERT_TRUE(waitUntil(
        [&] {
            server->simulation().advance(200);
            return dialog->applyJob() && dialog->applyJob()->isFinished();
        },
        20000));
    EXPECT_EQ(dialog->applyJob()->state(), Job::State::Completed) << dialog->applyJob()->error().text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return backend->findVm(sql01)->adapters.front().settings.vlanId == 25; }));
}

// A remote change is several calls; when a later one fails, the dialog says what was applied and
// shows the host as it now is.
TEST_F(RemoteWindowTest, APartlyAppliedChangeIsShownAsSuch)
{
    QString error;
    ASSERT_TRUE(window->connectTo(uri, &error)) << error.toStdString();
    HostBackend *backend = connections.at(0);
    ASSERT_TRUE(waitUntil(
        [&] { return backend->connectionState() == ConnectionState::Connected && backend->vmCount() == 20; }, 20000));
    QString sql01;
    for (int i = 0; i < backend->vmCount(); ++i) {
        if (backend->vmAt(i).name == u"sql01"_s)
            sql01 = backend->vmAt(i).id;
    }
    ASSERT_TRUE(window->selectVm(sql01));
    window->settingsAction()->trigger();
    SettingsDialog *dialog = window->findChild<SettingsDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *vlan = dialog->page(u"networkAdapterPage"_s, 0)->findChild<QLineEdit *>(u"vlanId"_s);
    vlan->setFocus();
    vlan->selectAll();
    QTest::keyClick(vlan, Qt::Key_Delete);
    QTest::keyClicks(vlan, u"26"_s);
    auto *timeSync = dialog->page(u"integrationServicesPage"_s)->findChild<QCheckBox *>(u"service_timeSync"_s);
    ASSERT_NE(timeSync, nullptr);
    timeSync->click();
    // The VLAN call goes first; once the host has committed it, the next change of sql01 fails.
    sim::Simulation &s = server->simulation().simulation();
    const int index = s.indexOfVm(sql01);
    bool injected = false;
    QObject::connect(&server->simulation(), &simd::SimulationHost::advanced, &server->simulation(), [&] {
        if (!injected && s.vm(index).adapters.front().settings.vlanId == 26) {
            s.injectApplyFault(
                index, Error { u"32768"_s, u"Failed to modify device 'Time Synchronization'."_s, {}, {} });
            injected = true;
        }
    });
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil(
        [&] {
            server->simulation().advance(200);
            return dialog->applyJob() && dialog->applyJob()->isFinished();
        },
        20000));
    ASSERT_TRUE(injected);
    EXPECT_EQ(dialog->applyJob()->state(), Job::State::Failed);
    EXPECT_TRUE(dialog->message().startsWith(u"Part of the changes were applied."_s))
        << dialog->message().toStdString();
    EXPECT_TRUE(dialog->message().contains(u"Not applied: integration services"_s)) << dialog->message().toStdString();
    // The host's VLAN is the dialog's "before" now; every edit stays, so what was not applied
    // (Time Synchronization) is still pending and Apply sends only that.
    EXPECT_EQ(dialog->page(u"networkAdapterPage"_s, 0)->findChild<QLineEdit *>(u"vlanId"_s)->text(), u"26"_s);
    EXPECT_NE(dialog->page(u"integrationServicesPage"_s)->findChild<QCheckBox *>(u"service_timeSync"_s)->isChecked(),
        backend->findVm(sql01)->integrationServices.isEnabled(IntegrationServiceKind::TimeSynchronization));
    const VmSettingsChange left = dialog->pendingChange();
    EXPECT_TRUE(left.modifiedAdapters.isEmpty());
    ASSERT_EQ(left.changedServices.size(), 1);
    EXPECT_EQ(left.changedServices[0].kind, IntegrationServiceKind::TimeSynchronization);
    EXPECT_TRUE(dialog->applyButton()->isEnabled());
}

// Hyper-V Settings of a remote host are several calls too: when a later one fails, the dialog
// says what was applied, and what is left to apply is what its script shows.
TEST_F(RemoteWindowTest, APartlyAppliedHostSettingsChangeIsShownAsSuch)
{
    QString error;
    ASSERT_TRUE(window->connectTo(uri, &error)) << error.toStdString();
    HostBackend *backend = connections.at(0);
    ASSERT_TRUE(waitUntil(
        [&] { return backend->connectionState() == ConnectionState::Connected && backend->vmCount() == 20; }, 20000));
    const HostMigrationSettings before = backend->host(u"crusader"_s)->migration;
    HostMigrationSettingsDialog dialog(backend, u"crusader"_s, window.get());
    dialog.show();
    const int live = before.simultaneousLiveMigrations == 4 ? 5 : 4;
    dialog.findChild<QCheckBox *>(u"liveMigrationEnabled"_s)->setChecked(true);
    dialog.findChild<NumberEdit *>(u"simultaneousLive"_s)->setValue(live);
    dialog.findChild<QRadioButton *>(u"useTheseNetworks"_s)->setChecked(true);
    auto *networks = dialog.findChild<QListWidget *>(u"migrationNetworks"_s);
    networks->clear();
    networks->addItem(u"10.0.61.0/24"_s);
    // The service settings go first; once the host has committed them, another change of its
    // settings keeps it busy, and the migration networks are refused.
    sim::Simulation &s = server->simulation().simulation();
    const int host = s.indexOfHost(u"crusader"_s);
    bool busy = false;
    QObject::connect(&server->simulation(), &simd::SimulationHost::advanced, &server->simulation(), [&] {
        if (!busy && s.hosts()[host].migration.simultaneousLiveMigrations == live) {
            ASSERT_TRUE(s.migrations()
                            .beginHostSettings(host, s.hosts()[host].migration, server->simulation().nextToken())
                            .isNull());
            busy = true;
        }
    });
    dialog.accept();
    ASSERT_TRUE(dialog.job());
    // The clock stops once the host is busy, so that the next call meets it busy.
    ASSERT_TRUE(waitUntil(
        [&] {
            if (!busy)
                server->simulation().advance(200);
            return dialog.job()->isFinished();
        },
        20000));
    ASSERT_TRUE(busy);
    EXPECT_EQ(dialog.job()->state(), Job::State::Failed);
    EXPECT_FALSE(dialog.job()->appliedParts().isEmpty());
    const QString message = dialog.errorLabel()->text();
    EXPECT_TRUE(message.startsWith(u"Part of the settings were applied."_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"Applied: live and storage migration settings of crusader. Not applied: "_s))
        << message.toStdString();
    EXPECT_TRUE(message.section(u"Not applied: "_s, 1).contains(u"migration networks of crusader"_s))
        << message.toStdString();
    EXPECT_FALSE(message.contains(u"were not applied"_s)) << message.toStdString();
    EXPECT_TRUE(dialog.isVisible()); // the edits stay for another try
    // What the host has now is the "before": the script holds only what is left.
    const QString script = dialog.findChild<ScriptView *>(u"settingsScript"_s)->text();
    EXPECT_TRUE(script.contains(u"Add-VMMigrationNetwork"_s)) << script.toStdString();
    EXPECT_FALSE(script.contains(u"-MaximumVirtualMachineMigrations"_s)) << script.toStdString();
    EXPECT_EQ(backend->host(u"crusader"_s)->migration.simultaneousLiveMigrations, live);
}

// The Move wizard on a remote host: the compatibility page lists the source host's own verdict
// next to hvdesk's checks, and follows it as the choices change.
TEST_F(RemoteWindowTest, TheMoveWizardShowsTheSourceHostsOwnVerdict)
{
    QString error;
    ASSERT_TRUE(window->connectTo(uri, &error)) << error.toStdString();
    HostBackend *backend = connections.at(0);
    ASSERT_TRUE(waitUntil(
        [&] { return backend->connectionState() == ConnectionState::Connected && backend->vmCount() == 20; }, 20000));
    QString dc01;
    for (int i = 0; i < backend->vmCount(); ++i) {
        if (backend->vmAt(i).name == u"dc01"_s)
            dc01 = backend->vmAt(i).id;
    }
    ASSERT_TRUE(window->selectVm(dc01));
    QAction *move = window->findChild<QAction *>(u"actionMove"_s);
    ASSERT_TRUE(move && move->isEnabled());
    move->trigger();
    MoveWizard *w = window->moveActions()->wizard();
    ASSERT_TRUE(w);
    w->next();
    w->next();
    ASSERT_TRUE(w->findChild<DestinationPage *>()->selectHost(u"saracen"_s));
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::OptionsPageId);
    w->findChild<QRadioButton *>(u"optionVmOnly"_s)->setChecked(true);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::CompatibilityPageId);
    auto *compat = w->findChild<CompatibilityPage *>();
    auto rowsWith = [&](const QString &text) {
        QStringList rows;
        for (int r = 0; r < compat->findings()->rowCount(); ++r) {
            if (compat->findings()->item(r, 2)->text().contains(text))
                rows << compat->findings()->item(r, 0)->text();
        }
        return rows;
    };
    // dc01's switch "Public" is not on saracen ("PUBLIC"): hvdesk's rule and the host both say so.
    ASSERT_TRUE(waitUntil([&] { return !rowsWith(u"crusader's own check refuses the move"_s).isEmpty(); }));
    EXPECT_EQ(rowsWith(u"crusader's own check refuses the move"_s), QStringList { u"Error"_s });
    EXPECT_EQ(compat->errorCount(), 2);
    EXPECT_FALSE(w->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(w->findChild<QPushButton *>(u"applySuggestedFixes"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !rowsWith(u"crusader's own check accepts the move"_s).isEmpty(); }));
    EXPECT_EQ(rowsWith(u"crusader's own check accepts the move"_s), QStringList { u"Note"_s });
    EXPECT_EQ(compat->errorCount(), 0);
    EXPECT_TRUE(w->button(QWizard::NextButton)->isEnabled());
    w->reject();
}

} // namespace
