// The Move wizard on the demo cluster `warrior` (crusader, saracen): web01 runs on crusader with
// its files on the cluster's CSV (C:\ClusterStorage\Volume1\web01).
#include "DemoWindowFixture.h"
#include "QtPrinters.h"

#include <views/move/CompatibilityPage.h>
#include <views/move/CompletionPage.h>
#include <views/move/DestinationPage.h>
#include <views/move/MoveActions.h>
#include <views/move/MoveWizard.h>
#include <views/ScriptView.h>

#include <models/MigrationCompatibility.h>
#include <models/VmListModel.h>

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

const QString CsvFolder = QStringLiteral("C:\\ClusterStorage\\Volume1\\web01");

class MoveClusterTest : public test::DemoWindowFixture
{
protected:
    const VmInfo *vm(const QString &name) const
    {
        for (int i = 0; i < sim->vmCount(); ++i) {
            if (sim->vmAt(i).name == name)
                return &sim->vmAt(i);
        }
        return nullptr;
    }

    // Opens the wizard for web01 and walks to Specify Destination, nothing chosen yet.
    MoveWizard *toDestination()
    {
        QTableView *view = window->vmView();
        view->clearSelection();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, VmListModel::NameColumn).data().toString() == QStringLiteral("web01"))
                view->selectRow(row);
        }
        QAction *move = window->findChild<QAction *>(QStringLiteral("actionMove"));
        EXPECT_TRUE(move && move->isEnabled());
        if (!move)
            return nullptr;
        move->trigger();
        MoveWizard *w = window->moveActions()->wizard();
        EXPECT_TRUE(w && w->isVisible());
        if (!w)
            return nullptr;
        w->next();
        w->next();
        EXPECT_EQ(w->currentId(), MoveWizard::DestinationPageId);
        return w;
    }

    // On to Choose Move Options with saracen as destination.
    MoveWizard *toOptions()
    {
        MoveWizard *w = toDestination();
        if (!w)
            return nullptr;
        EXPECT_TRUE(w->findChild<DestinationPage *>()->selectHost(QStringLiteral("saracen")));
        w->next();
        EXPECT_EQ(w->currentId(), MoveWizard::OptionsPageId);
        return w;
    }

    // From Choose Move Options: all data to `folder`, on to the Compatibility page.
    void toCompatibilityWithFolder(MoveWizard *w, const QString &folder)
    {
        w->findChild<QRadioButton *>(QStringLiteral("optionSingleLocation"))->setChecked(true);
        w->next();
        ASSERT_EQ(w->currentId(), MoveWizard::LocationsPageId);
        w->findChild<QLineEdit *>(QStringLiteral("destinationFolder"))->setText(folder);
        w->next();
        ASSERT_EQ(w->currentId(), MoveWizard::CompatibilityPageId);
    }

    // The Compatibility page's rows with the finding id `id`: (severity, finding, fix).
    static QList<QStringList> findings(MoveWizard *w, const QString &id)
    {
        QList<QStringList> out;
        QTableWidget *list = w->findChild<CompatibilityPage *>()->findings();
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->item(row, 0)->data(Qt::UserRole).toString() == id)
                out << QStringList { list->item(row, 0)->text(), list->item(row, 2)->text(),
                    list->item(row, 3)->text() };
        }
        return out;
    }

    static void applyFixes(MoveWizard *w)
    {
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("applySuggestedFixes")), Qt::LeftButton);
        EXPECT_EQ(w->findChild<CompatibilityPage *>()->errorCount(), 0);
    }

    static QAbstractButton *next(MoveWizard *w) { return w->button(QWizard::NextButton); }
};

} // namespace

TEST_F(MoveClusterTest, AVmOnTheClustersCsvMovesWithoutItsStorageByDefault)
{
    MoveWizard *w = toOptions();
    ASSERT_TRUE(w);
    auto *vmOnly = w->findChild<QRadioButton *>(QStringLiteral("optionVmOnly"));
    ASSERT_TRUE(vmOnly->isEnabled());
    EXPECT_TRUE(vmOnly->isChecked());
    EXPECT_FALSE(w->findChild<QRadioButton *>(QStringLiteral("optionSingleLocation"))->isChecked());
    EXPECT_EQ(w->findChild<QLabel *>(QStringLiteral("optionVmOnlyReason"))->text(),
        QStringLiteral("The files stay where they are: saracen sees the same storage."));
    w->next();
    EXPECT_EQ(w->currentId(), MoveWizard::CompatibilityPageId); // no location to choose
    EXPECT_TRUE(findings(w, QStringLiteral("migration.storage.leaves-shared")).isEmpty());
    w->reject();
}

TEST_F(MoveClusterTest, MovingTheCsvVmsFilesToALocalFolderWarnsThatItIsNoLongerHighlyAvailable)
{
    MoveWizard *w = toOptions();
    ASSERT_TRUE(w);
    toCompatibilityWithFolder(w, QStringLiteral("D:\\Hyper-V\\web01"));
    const QList<QStringList> ha = findings(w, QStringLiteral("migration.storage.leaves-shared"));
    ASSERT_EQ(ha.size(), 1);
    EXPECT_EQ(ha[0][0], QStringLiteral("Warning"));
    EXPECT_EQ(ha[0][1],
        QStringLiteral("'web01' leaves Cluster Shared Volume C:\\ClusterStorage\\Volume1 for "
                       "D:\\Hyper-V\\web01, outside the cluster storage: it will no longer be highly "
                       "available in failover cluster 'warrior'."));
    EXPECT_EQ(ha[0][2],
        QStringLiteral("To keep it highly available, choose 'Move only the virtual machine' (its files "
                       "stay on C:\\ClusterStorage\\Volume1) or a folder on shared storage."));
    applyFixes(w);
    EXPECT_TRUE(next(w)->isEnabled()); // a warning does not block the move
    w->reject();
}

TEST_F(MoveClusterTest, ChoosingTheCurrentFolderIsALiveMigrationInTheSummaryTheScriptAndTheJob)
{
    MoveWizard *w = toOptions();
    ASSERT_TRUE(w);
    toCompatibilityWithFolder(w, CsvFolder);
    EXPECT_TRUE(findings(w, QStringLiteral("migration.storage.leaves-shared")).isEmpty());
    applyFixes(w);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::SummaryPageId);
    const QString text = w->findChild<QLabel *>(QStringLiteral("summaryText"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("<b>Move:</b> Live migration (the files stay on shared storage)")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Shared-nothing"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("&rarr;"))) << text.toStdString(); // no file listed as moving
    const QString script = w->findChild<ScriptView *>(QStringLiteral("summaryScript"))->text();
    EXPECT_TRUE(script.startsWith(
        QStringLiteral("$report = Compare-VM -Name 'web01' -ComputerName 'crusader' -DestinationHost 'saracen'\n")))
        << script.toStdString();
    EXPECT_FALSE(script.contains(QStringLiteral("-IncludeStorage"))) << script.toStdString();
    EXPECT_FALSE(script.contains(QStringLiteral("-DestinationStoragePath"))) << script.toStdString();
    w->next();

    ASSERT_EQ(w->currentId(), MoveWizard::CompletionPageId);
    ASSERT_EQ(w->jobs().size(), 1);
    const JobPtr job = w->jobs().first();
    EXPECT_TRUE(job->phase().startsWith(QStringLiteral("Copying memory to saracen"))) << job->phase().toStdString();
    QStringList phases;
    QObject::connect(job.data(), &Job::progressChanged, [&](int, const QString &phase) { phases << phase; });
    for (int i = 0; i < 120 && !job->isFinished(); ++i)
        sim->advance(1'000);
    EXPECT_EQ(job->state(), Job::State::Completed);
    for (const QString &phase : phases)
        EXPECT_FALSE(phase.contains(QStringLiteral("storage"))) << phase.toStdString();
    EXPECT_EQ(vm(QStringLiteral("web01"))->hostName, QStringLiteral("saracen"));
    EXPECT_EQ(
        vm(QStringLiteral("web01"))->disks[0].path, CsvFolder + QStringLiteral("\\Virtual Hard Disks\\web01.vhdx"));
    w->accept();
}

TEST_F(MoveClusterTest, AFolderOnNoVolumeIsOneErrorNotOnePerFile)
{
    MoveWizard *w = toOptions();
    ASSERT_TRUE(w);
    // web01 has four items (its disk, configuration, checkpoints, smart paging) for the one folder.
    toCompatibilityWithFolder(w, QStringLiteral("Z:\\VMs\\web01"));
    const QList<QStringList> noVolume = findings(w, MigrationCompatibility::NoVolume);
    ASSERT_EQ(noVolume.size(), 1);
    EXPECT_EQ(noVolume[0][1],
        QStringLiteral("saracen has no volume for 'Z:\\VMs\\web01' (web01.vhdx, Configuration, "
                       "Checkpoints, Smart paging)."));
    EXPECT_EQ(noVolume[0][2], QStringLiteral("Choose a folder on one of: C:\\ClusterStorage\\Volume1, C:\\, D:\\."));
    w->reject();
}

TEST_F(MoveClusterTest, ARelativePathIsNotAnAbsolutePathAndTheLocationsPageSaysSo)
{
    MoveWizard *w = toOptions();
    ASSERT_TRUE(w);
    w->findChild<QRadioButton *>(QStringLiteral("optionSingleLocation"))->setChecked(true);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::LocationsPageId);
    auto *reason = w->findChild<QLabel *>(QStringLiteral("locationsReason"));
    ASSERT_TRUE(reason);
    EXPECT_TRUE(next(w)->isEnabled());
    EXPECT_FALSE(reason->isVisible());
    w->findChild<QLineEdit *>(QStringLiteral("destinationFolder"))->setText(QStringLiteral("Hyper-V\\web01"));
    EXPECT_FALSE(next(w)->isEnabled());
    EXPECT_TRUE(reason->isVisible());
    EXPECT_EQ(reason->text(),
        QStringLiteral("'Hyper-V\\web01' is not an absolute path. Type a full path such as D:\\Hyper-V\\web01."));
    w->reject();
}

TEST_F(MoveClusterTest, AnEmptyPathOrNoHostSaysWhyNextIsDisabled)
{
    MoveWizard *w = toDestination();
    ASSERT_TRUE(w);
    auto *destinationReason = w->findChild<QLabel *>(QStringLiteral("destinationReason"));
    ASSERT_TRUE(destinationReason);
    EXPECT_FALSE(next(w)->isEnabled());
    EXPECT_TRUE(destinationReason->isVisible());
    EXPECT_EQ(destinationReason->text(), QStringLiteral("Choose the host to move the virtual machine to."));
    ASSERT_TRUE(w->findChild<DestinationPage *>()->selectHost(QStringLiteral("saracen")));
    EXPECT_TRUE(next(w)->isEnabled());
    EXPECT_FALSE(destinationReason->isVisible());
    w->next();

    w->findChild<QRadioButton *>(QStringLiteral("optionSingleLocation"))->setChecked(true);
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::LocationsPageId);
    w->findChild<QLineEdit *>(QStringLiteral("destinationFolder"))->setText(QStringLiteral("   "));
    EXPECT_FALSE(next(w)->isEnabled());
    auto *reason = w->findChild<QLabel *>(QStringLiteral("locationsReason"));
    ASSERT_TRUE(reason);
    EXPECT_TRUE(reason->isVisible());
    EXPECT_EQ(reason->text(),
        QStringLiteral("The destination folder is empty. Type a full path such as D:\\Hyper-V\\web01."));
    w->reject();
}

TEST_F(MoveClusterTest, TheCompletionTitleSaysTheMoveCompleted)
{
    MoveWizard *w = toOptions();
    ASSERT_TRUE(w);
    w->findChild<QRadioButton *>(QStringLiteral("optionVmOnly"))->setChecked(true);
    w->next();
    applyFixes(w);
    w->next();
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::CompletionPageId);
    ASSERT_EQ(w->jobs().size(), 1);
    EXPECT_EQ(w->currentPage()->title(), QStringLiteral("Move Started"));
    for (int i = 0; i < 120 && !w->jobs().first()->isFinished(); ++i)
        sim->advance(1'000);
    EXPECT_EQ(w->jobs().first()->state(), Job::State::Completed);
    EXPECT_EQ(w->currentPage()->title(), QStringLiteral("Move Completed"));
    w->accept();
}

TEST_F(MoveClusterTest, ACancelledMoveSaysCancelledInItsTitleAndPhase)
{
    MoveWizard *w = toOptions();
    ASSERT_TRUE(w);
    toCompatibilityWithFolder(w, QStringLiteral("D:\\Hyper-V\\web01"));
    applyFixes(w);
    w->next();
    w->next();
    ASSERT_EQ(w->currentId(), MoveWizard::CompletionPageId);
    sim->advance(5'000);
    QTableWidget *jobs = w->findChild<CompletionPage *>()->jobTable();
    ASSERT_TRUE(jobs->item(0, 4)->text().startsWith(QStringLiteral("Copying storage")));
    jobs->selectRow(0);
    QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("cancelMoveButton")), Qt::LeftButton);
    ASSERT_EQ(w->jobs().first()->state(), Job::State::Cancelled);
    EXPECT_EQ(w->jobs().first()->phase(), QStringLiteral("Cancelled"));
    EXPECT_EQ(jobs->item(0, 4)->text(), QStringLiteral("Cancelled"));
    EXPECT_EQ(w->currentPage()->title(), QStringLiteral("Move Cancelled"));
    w->accept();
}
