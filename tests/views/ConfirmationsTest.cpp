// Turn Off, Shut Down and Reset ask first, naming every VM and what happens to it, with "Don't ask
// me again" per action and a way to be asked again; a NIC's receive scaling asks before the
// adapter restarts. With them: Reset on Ctrl+E, counts in proper English, one reason per disabled
// action, a Network View that closes on Esc and Ctrl+W, and per-core colours that do not repeat.
#include "DemoWindowFixture.h"
#include "QtPrinters.h"

#include <views/CoreLoadChart.h>
#include <views/Dialogs.h>
#include <views/HostNetworkView.h>
#include <views/MainWindow.h>

#include <models/VmFilterProxyModel.h>
#include <models/VmListModel.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

class ConfirmationsTest : public test::DemoWindowFixture
{
protected:
    void TearDown() override
    {
        Dialogs::setNextAnswer(std::nullopt);
        DemoWindowFixture::TearDown();
    }

    VmState state(const QString &name) const { return sim->findVm(idOf(name))->state; }

    // web01 and web02, both running on crusader, selected together.
    void selectWebServers()
    {
        window->vmProxy()->setNameFilter(QStringLiteral("web0"));
        window->vmView()->selectAll();
        ASSERT_EQ(window->vmActions()->selection().size(), 2);
    }

    QAction *action(const char *objectName) const
    {
        auto *a = window->findChild<QAction *>(QString::fromLatin1(objectName));
        EXPECT_TRUE(a) << objectName;
        return a;
    }

    // Window shortcuts need the window active and the focus in it.
    void activate(QWidget *w)
    {
        w->activateWindow();
        QApplication::setActiveWindow(w);
        ASSERT_TRUE(QTest::qWaitForWindowActive(w, 10'000));
    }

    void pressInList(int key)
    {
        activate(window.get());
        window->vmView()->setFocus();
        QTest::keyClick(window->vmView(), Qt::Key(key), Qt::ControlModifier);
    }

    static bool mentions(const QString &text, const QStringList &names)
    {
        for (const QString &n : names) {
            if (!text.contains(n))
                return false;
        }
        return true;
    }
};

struct Destructive
{
    const char *objectName;
    VmAction action;
    int key;
    const char *consequence; // what the question says happens to each VM
};

const Destructive destructive[] = {
    { "actionTurnOff", VmAction::TurnOff, Qt::Key_T, "unsaved data in the guest is lost" },
    { "actionShutDown", VmAction::ShutDown, Qt::Key_D, "asked to shut down" },
    { "actionReset", VmAction::Reset, Qt::Key_E, "restarted at once" },
};

} // namespace

TEST_F(ConfirmationsTest, RefusingTurnOffShutDownOrResetChangesNothingAndTheQuestionNamesEveryVm)
{
    selectWebServers();
    for (const Destructive &d : destructive) {
        SCOPED_TRACE(d.objectName);
        QAction *a = action(d.objectName);
        ASSERT_TRUE(a && a->isEnabled()) << (a ? a->toolTip().toStdString() : std::string());
        const int asked = Dialogs::questionsAsked();
        Dialogs::setNextAnswer(false);
        a->trigger();
        EXPECT_EQ(Dialogs::questionsAsked(), asked + 1);
        const QString q = Dialogs::lastQuestion();
        EXPECT_TRUE(mentions(q, { QStringLiteral("web01 on crusader"), QStringLiteral("web02 on crusader") }))
            << q.toStdString();
        EXPECT_TRUE(q.contains(QLatin1String(d.consequence))) << q.toStdString();
        sim->advance(5'000);
        EXPECT_EQ(state(QStringLiteral("web01")), VmState::Running);
        EXPECT_EQ(state(QStringLiteral("web02")), VmState::Running);
    }
}

TEST_F(ConfirmationsTest, TheShortcutsAskTooAndResetIsCtrlE)
{
    selectWebServers();
    for (const Destructive &d : destructive) {
        SCOPED_TRACE(d.objectName);
        const int asked = Dialogs::questionsAsked();
        Dialogs::setNextAnswer(false);
        pressInList(d.key);
        EXPECT_EQ(Dialogs::questionsAsked(), asked + 1);
        EXPECT_TRUE(mentions(Dialogs::lastQuestion(), { QStringLiteral("web01"), QStringLiteral("web02") }));
        EXPECT_EQ(state(QStringLiteral("web01")), VmState::Running);
    }
    EXPECT_EQ(action("actionReset")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    // Ctrl+R no longer resets anything.
    const int asked = Dialogs::questionsAsked();
    pressInList(Qt::Key_R);
    EXPECT_EQ(Dialogs::questionsAsked(), asked);
    EXPECT_EQ(state(QStringLiteral("web01")), VmState::Running);

    // Ctrl+E accepted: both VMs reset.
    Dialogs::setNextAnswer(true);
    pressInList(Qt::Key_E);
    EXPECT_EQ(Dialogs::questionsAsked(), asked + 1);
    EXPECT_EQ(state(QStringLiteral("web01")), VmState::Resetting);
    EXPECT_EQ(state(QStringLiteral("web02")), VmState::Resetting);
}

TEST_F(ConfirmationsTest, AcceptedTheyActOnEverySelectedVm)
{
    selectWebServers();
    Dialogs::setNextAnswer(true);
    action("actionShutDown")->trigger();
    EXPECT_EQ(state(QStringLiteral("web01")), VmState::Stopping);
    EXPECT_EQ(state(QStringLiteral("web02")), VmState::Stopping);
    sim->advance(30'000);
    EXPECT_EQ(state(QStringLiteral("web01")), VmState::Off);
    EXPECT_EQ(state(QStringLiteral("web02")), VmState::Off);
}

TEST_F(ConfirmationsTest, DontAskAgainHoldsPerActionUntilAskedAgainFromTheToolsMenu)
{
    QAction *askAgain = action("actionAskAgain");
    ASSERT_TRUE(askAgain);
    EXPECT_FALSE(askAgain->isEnabled()); // nothing suppressed yet
    bool inTools = false;
    for (QAction *m : window->menuBar()->actions()) {
        if (m->menu() && m->menu()->objectName() == QLatin1String("menuTools"))
            inTools = m->menu()->actions().contains(askAgain);
    }
    EXPECT_TRUE(inTools);

    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web01"))));
    Dialogs::setNextAnswer(true, true);
    action("actionReset")->trigger();
    EXPECT_TRUE(Dialogs::isSuppressed(QStringLiteral("vm.reset")));
    EXPECT_TRUE(askAgain->isEnabled());
    sim->advance(5'000);
    ASSERT_EQ(state(QStringLiteral("web01")), VmState::Running);

    // Not asked again for Reset...
    int asked = Dialogs::questionsAsked();
    action("actionReset")->trigger();
    EXPECT_EQ(Dialogs::questionsAsked(), asked);
    EXPECT_EQ(state(QStringLiteral("web01")), VmState::Resetting);
    sim->advance(5'000);
    // ...but still for Turn Off.
    Dialogs::setNextAnswer(false);
    action("actionTurnOff")->trigger();
    EXPECT_EQ(Dialogs::questionsAsked(), asked + 1);
    EXPECT_EQ(state(QStringLiteral("web01")), VmState::Running);

    askAgain->trigger();
    EXPECT_FALSE(Dialogs::isSuppressed(QStringLiteral("vm.reset")));
    EXPECT_FALSE(askAgain->isEnabled());
    asked = Dialogs::questionsAsked();
    Dialogs::setNextAnswer(false);
    action("actionReset")->trigger();
    EXPECT_EQ(Dialogs::questionsAsked(), asked + 1);
    EXPECT_EQ(state(QStringLiteral("web01")), VmState::Running);
}

TEST_F(ConfirmationsTest, ReceiveScalingAsksNamingTheNicAndTheVmsItInterrupts)
{
    HostNetworkView *view = window->openNetworkView(sim, QStringLiteral("paladin"));
    ASSERT_TRUE(view);
    auto *nic = view->findChild<QComboBox *>(QStringLiteral("networkNic"));
    auto *scaling = view->findChild<QComboBox *>(QStringLiteral("networkReceiveScaling"));
    ASSERT_TRUE(nic && scaling);
    ASSERT_EQ(nic->currentText(), QStringLiteral("Ethernet 1"));
    ASSERT_FALSE(sim->host(QStringLiteral("paladin"))->nics[0].rss.enabled);

    const int asked = Dialogs::questionsAsked();
    Dialogs::setNextAnswer(false);
    scaling->setCurrentIndex(scaling->findText(QStringLiteral("RSS")));
    emit scaling->activated(scaling->currentIndex());
    sim->advance(1000);
    EXPECT_EQ(Dialogs::questionsAsked(), asked + 1);
    const QString q = Dialogs::lastQuestion();
    EXPECT_TRUE(q.contains(QStringLiteral("Ethernet 1"))) << q.toStdString();
    EXPECT_TRUE(q.contains(QStringLiteral("restarts"))) << q.toStdString();
    // lab-web runs on switch Public, bound to Ethernet 1; lab-dc is only on the internal switch Lab.
    EXPECT_TRUE(q.contains(QStringLiteral("lab-web"))) << q.toStdString();
    EXPECT_FALSE(q.contains(QStringLiteral("lab-dc"))) << q.toStdString();
    EXPECT_FALSE(sim->host(QStringLiteral("paladin"))->nics[0].rss.enabled);
    EXPECT_EQ(scaling->currentText(), QStringLiteral("RSS and VMQ off"));

    Dialogs::setNextAnswer(true);
    scaling->setCurrentIndex(scaling->findText(QStringLiteral("RSS")));
    emit scaling->activated(scaling->currentIndex());
    sim->advance(1000);
    EXPECT_EQ(Dialogs::questionsAsked(), asked + 2);
    EXPECT_TRUE(sim->host(QStringLiteral("paladin"))->nics[0].rss.enabled);
}

TEST_F(ConfirmationsTest, CountsReadAsEnglish)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web01"))));
    window->vmActions()->action(VmAction::Save)->trigger();
    const QString jobs = window->statusBar()->findChild<QLabel *>(QStringLiteral("jobStatusLabel"))->text();
    EXPECT_EQ(jobs, QStringLiteral("1 job running"));
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web02"))));
    window->vmActions()->action(VmAction::Save)->trigger();
    EXPECT_EQ(window->statusBar()->findChild<QLabel *>(QStringLiteral("jobStatusLabel"))->text(),
        QStringLiteral("2 jobs running"));
}

TEST_F(ConfirmationsTest, ADisabledActionGivesItsReasonOnce)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web01"))));
    QAction *start = window->vmActions()->action(VmAction::Start);
    ASSERT_FALSE(start->isEnabled());
    const QString tip = start->toolTip();
    EXPECT_TRUE(tip.contains(QStringLiteral("web01"))) << tip.toStdString();
    EXPECT_EQ(tip.count(QStringLiteral("running")), 1) << tip.toStdString();
}

TEST_F(ConfirmationsTest, TheNetworkViewClosesOnEscAndCtrlW)
{
    for (const QKeySequence &key : { QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W) }) {
        SCOPED_TRACE(key.toString().toStdString());
        QPointer<HostNetworkView> view = window->openNetworkView(sim, QStringLiteral("paladin"));
        ASSERT_TRUE(view);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view, 10'000));
        activate(view);
        QTest::keySequence(view.data(), key);
        EXPECT_TRUE(!view || !view->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

TEST_F(ConfirmationsTest, SixteenCoresGetSixteenDistinctColours)
{
    HostNetworkView *view = window->openNetworkView(sim, QStringLiteral("paladin"));
    ASSERT_TRUE(view);
    sim->advance(1000);
    view->refreshCharts();
    auto *chart = view->findChild<CoreLoadChart *>(QStringLiteral("coreLoadChart"));
    ASSERT_TRUE(chart);
    ASSERT_EQ(chart->seriesCount(), 16);
    const QList<QAbstractSeries *> series = chart->chart()->series();
    ASSERT_EQ(series.size(), 16);
    QList<QColor> colours;
    for (QAbstractSeries *s : series)
        colours << static_cast<QLineSeries *>(s)->pen().color();
    for (int i = 0; i < colours.size(); ++i) {
        for (int j = i + 1; j < colours.size(); ++j)
            EXPECT_NE(colours[i].rgb(), colours[j].rgb()) << "CPU " << i << " and CPU " << j;
    }
    // The palette stays distinct far beyond: 64 cores, no two alike.
    QSet<QRgb> many;
    for (int c = 0; c < 64; ++c)
        many.insert(CoreLoadChart::coreColor(c).rgb());
    EXPECT_EQ(many.size(), 64);
}

namespace {

// Counts the layout passes a widget goes through.
class LayoutCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

} // namespace

TEST_F(ConfirmationsTest, ASelectedVmsTickingFiguresDoNotLayOutTheWindowAgain)
{
    ASSERT_TRUE(window->selectVm(idOf(QStringLiteral("web01"))));
    // A layout pass travels up one parent per round of posted events: let the selection's settle.
    const auto settle = [] {
        for (int round = 0; round < 20; ++round)
            QCoreApplication::sendPostedEvents();
    };
    sim->advance(1000);
    settle();
    LayoutCounter counter;
    window->installEventFilter(&counter);
    auto *details = window->findChild<QWidget *>(QStringLiteral("detailsPane"));
    ASSERT_TRUE(details);
    details->installEventFilter(&counter);
    const QString uptime = window->findChild<QLabel *>(QStringLiteral("field_uptime"))->text();
    for (int i = 0; i < 10; ++i) {
        sim->advance(1000);
        settle();
    }
    // The figures did change...
    EXPECT_NE(window->findChild<QLabel *>(QStringLiteral("field_uptime"))->text(), uptime);
    // ...and only their labels repainted: nothing was laid out again.
    EXPECT_EQ(counter.count, 0);
}
