#include "QtPrinters.h"

#include <models/VmState.h>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

const QList<VmState> stableStates = {VmState::Off, VmState::Running, VmState::Saved, VmState::Paused};
const QList<VmState> transitional = {VmState::Starting, VmState::Stopping, VmState::Saving,
                                     VmState::Pausing,  VmState::Resuming, VmState::Resetting};

// The table an administrator relies on: what each state allows.
struct Row
{
    VmState state;
    QList<VmAction> allowed;
};
const QList<Row> table = {
    {VmState::Off, {VmAction::Start}},
    {VmState::Saved, {VmAction::Start}},
    {VmState::Running, {VmAction::TurnOff, VmAction::ShutDown, VmAction::Save, VmAction::Pause, VmAction::Reset}},
    {VmState::Paused, {VmAction::TurnOff, VmAction::Save, VmAction::Resume, VmAction::Reset}},
};

} // namespace

TEST(VmStateTest, TransitionTableIsExact)
{
    for (const Row &row : table) {
        for (VmAction action : VmStates::allActions()) {
            const Error e = VmStates::checkTransition(QStringLiteral("web01"), row.state, action);
            EXPECT_EQ(e.isNull(), row.allowed.contains(action))
                << VmStates::key(row.state).toStdString() << " / " << VmStates::key(action).toStdString();
        }
        EXPECT_EQ(VmStates::allowedActions(row.state), row.allowed);
    }
}

TEST(VmStateTest, TransitionalStatesRefuseEverythingWithWaitAdvice)
{
    for (VmState s : transitional) {
        EXPECT_TRUE(VmStates::isTransitional(s));
        EXPECT_TRUE(VmStates::allowedActions(s).isEmpty());
        const Error e = VmStates::checkTransition(QStringLiteral("db"), s, VmAction::TurnOff);
        EXPECT_EQ(e.code, QStringLiteral("vm.transition"));
        EXPECT_TRUE(e.fix.contains(QStringLiteral("Wait")));
    }
    for (VmState s : stableStates)
        EXPECT_FALSE(VmStates::isTransitional(s));
}

TEST(VmStateTest, PausingAnOffVmIsRefusedWithAClearMessage)
{
    const Error e = VmStates::checkTransition(QStringLiteral("build01"), VmState::Off, VmAction::Pause);
    ASSERT_FALSE(e.isNull());
    EXPECT_EQ(e.message, QStringLiteral("Cannot pause 'build01': the virtual machine is off."));
    EXPECT_EQ(e.fix, QStringLiteral("Only a running virtual machine can be paused; start it first."));
    EXPECT_EQ(e.field, QStringLiteral("state"));
}

TEST(VmStateTest, FixesPointToTheRightAlternative)
{
    EXPECT_TRUE(VmStates::checkTransition(QStringLiteral("a"), VmState::Paused, VmAction::Start).fix.contains(QStringLiteral("Resume")));
    EXPECT_TRUE(VmStates::checkTransition(QStringLiteral("a"), VmState::Saved, VmAction::Resume).fix.contains(QStringLiteral("Start")));
    EXPECT_TRUE(VmStates::checkTransition(QStringLiteral("a"), VmState::Paused, VmAction::ShutDown).fix.contains(QStringLiteral("Turn Off")));
    EXPECT_TRUE(VmStates::checkTransition(QStringLiteral("a"), VmState::Unknown, VmAction::Start).fix.contains(QStringLiteral("Refresh")));
}

TEST(VmStateTest, EachActionHasItsTransitionalAndFinalState)
{
    EXPECT_EQ(VmStates::transitionalState(VmAction::Start), VmState::Starting);
    EXPECT_EQ(VmStates::finalState(VmAction::Start), VmState::Running);
    EXPECT_EQ(VmStates::finalState(VmAction::TurnOff), VmState::Off);
    EXPECT_EQ(VmStates::finalState(VmAction::ShutDown), VmState::Off);
    EXPECT_EQ(VmStates::transitionalState(VmAction::Save), VmState::Saving);
    EXPECT_EQ(VmStates::finalState(VmAction::Save), VmState::Saved);
    EXPECT_EQ(VmStates::finalState(VmAction::Pause), VmState::Paused);
    EXPECT_EQ(VmStates::finalState(VmAction::Resume), VmState::Running);
    EXPECT_EQ(VmStates::transitionalState(VmAction::Reset), VmState::Resetting);
    for (VmAction a : VmStates::allActions())
        EXPECT_TRUE(VmStates::isTransitional(VmStates::transitionalState(a)));
}

TEST(VmStateTest, KeysRoundTrip)
{
    for (VmState s : stableStates + transitional) {
        bool ok = false;
        EXPECT_EQ(VmStates::stateFromKey(VmStates::key(s), &ok), s);
        EXPECT_TRUE(ok);
    }
    for (VmAction a : VmStates::allActions()) {
        bool ok = false;
        EXPECT_EQ(VmStates::actionFromKey(VmStates::key(a), &ok), a);
        EXPECT_TRUE(ok);
    }
    bool ok = true;
    VmStates::stateFromKey(QStringLiteral("Running"), &ok); // keys are lower case
    EXPECT_FALSE(ok);
}

TEST(VmStateTest, MemoryIsHeldUnlessOffOrSaved)
{
    EXPECT_FALSE(VmStates::holdsMemory(VmState::Off));
    EXPECT_FALSE(VmStates::holdsMemory(VmState::Saved));
    EXPECT_TRUE(VmStates::holdsMemory(VmState::Running));
    EXPECT_TRUE(VmStates::holdsMemory(VmState::Paused));
    EXPECT_TRUE(VmStates::holdsMemory(VmState::Starting));
}
