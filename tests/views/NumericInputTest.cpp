// Every numeric field of the VM Settings and Hyper-V Settings dialogs keeps exactly what the
// user typed: out of range, empty or not a number, the text stays, Apply/OK refuses naming the
// field, the range and the unit (and the number typed), the preview shows no command for it, and
// the simulated host keeps its value. Typed with key clicks into the real fields on the demo.
#include "SettingsDialogFixture.h"

#include <views/MainWindow.h>
#include <views/move/HostMigrationSettingsDialog.h>
#include <views/move/MoveActions.h>
#include <views/ScriptView.h>
#include <views/settings/SettingsDialog.h>
#include <views/settings/SettingsPage.h>

#include <models/HostTreeModel.h>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

const QString AdapterPage = QStringLiteral("networkAdapterPage");
const QString AccelPage = QStringLiteral("hardwareAccelerationPage");

class NumericInputTest : public test::SettingsDialogFixture
{
protected:
    static QWidget *field(SettingsDialog *dialog, const QString &page, const QString &name, int adapter = 0)
    {
        SettingsPage *p = dialog->page(page, adapter);
        EXPECT_NE(p, nullptr) << page.toStdString();
        QWidget *w = p ? p->findChild<QWidget *>(name) : nullptr;
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }

    // What the field shows, whatever kind of editor it is.
    static QString textOf(QWidget *w)
    {
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            return edit->text();
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            return spin->text();
        return QStringLiteral("<not an editor>");
    }

    // Replaces the field's text with `text`, typed key by key as a user does.
    static void typeInto(QWidget *w, const QString &text)
    {
        ASSERT_NE(w, nullptr);
        ASSERT_TRUE(w->isEnabled()) << w->objectName().toStdString();
        w->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->selectAll();
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            spin->selectAll();
        QTest::keyClick(w, Qt::Key_Delete);
        if (!text.isEmpty())
            QTest::keyClicks(w, text);
    }

    // Apply is offered (an invalid edit is a change), refuses, shows the field's page with the
    // field focused and a message that contains every one of `parts`.
    void expectApplyRefused(SettingsDialog *dialog, const QString &page, QWidget *w, const QStringList &parts)
    {
        dialog->showPage(dialog->page(QStringLiteral("integrationServicesPage")));
        EXPECT_TRUE(dialog->applyButton()->isEnabled()) << "an invalid edit is a change Apply explains";
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        EXPECT_FALSE(dialog->isApplying());
        EXPECT_FALSE(dialog->apply());
        EXPECT_EQ(dialog->currentPage(), dialog->page(page));
        EXPECT_EQ(QApplication::focusWidget(), w);
        const QString message = dialog->message();
        for (const QString &part : parts)
            EXPECT_TRUE(message.contains(part)) << "'" << part.toStdString() << "' not in: " << message.toStdString();
        // OK refuses the same way and keeps the dialog open.
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->isApplying());
        sim->advance(3000);
    }

    HostMigrationSettingsDialog *openHostSettings(const QString &host)
    {
        QTreeView *tree = window->hostTree();
        const QModelIndex root = tree->model()->index(0, 0);
        for (int r = 0; r < tree->model()->rowCount(root); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, root);
            if (i.data(HostTreeModel::HostNameRole).toString() == host)
                tree->setCurrentIndex(i);
        }
        auto *action = window->findChild<QAction *>(QStringLiteral("actionHyperVSettings"));
        EXPECT_TRUE(action && action->isEnabled());
        if (!action)
            return nullptr;
        action->trigger();
        HostMigrationSettingsDialog *dialog = window->moveActions()->hostSettingsDialog();
        EXPECT_TRUE(dialog && dialog->isVisible());
        return dialog;
    }
};

} // namespace

TEST_F(NumericInputTest, IpsecSecurityAssociationsOutOfRangeAreKeptAndRefused)
{
    SettingsDialog *dialog = open(QStringLiteral("sql01")); // running, offload on with 512 SAs
    ASSERT_NE(dialog, nullptr);
    QWidget *sas = field(dialog, AccelPage, QStringLiteral("ipsecMaximumSAs"));
    ASSERT_NE(sas, nullptr);
    dialog->showPage(dialog->page(AccelPage));
    EXPECT_EQ(textOf(sas), QStringLiteral("512"));
    for (const QString &typed : { QStringLiteral("4097"), QStringLiteral("99999999999"), QStringLiteral("-1") }) {
        SCOPED_TRACE(typed.toStdString());
        dialog->showPage(dialog->page(AccelPage));
        typeInto(sas, typed);
        EXPECT_EQ(textOf(sas), typed);
        expectApplyRefused(dialog, AccelPage, sas,
            { QStringLiteral("Maximum number of offloaded security associations"), typed,
                QStringLiteral("1 to 4096 SAs") });
        EXPECT_EQ(textOf(sas), typed) << "the refusal keeps the text";
        EXPECT_EQ(vm(QStringLiteral("sql01")).adapters[0].settings.ipsecOffloadMaximumSecurityAssociation, 512u);
    }
    // Corrected, it applies.
    typeInto(sas, QStringLiteral("1024"));
    ASSERT_TRUE(dialog->apply());
    sim->advance(3000);
    EXPECT_EQ(vm(QStringLiteral("sql01")).adapters[0].settings.ipsecOffloadMaximumSecurityAssociation, 1024u);
}

TEST_F(NumericInputTest, MaximumBandwidthNegativeOrHugeIsKeptAndRefusedNamingTheNumberTyped)
{
    SettingsDialog *dialog = open(QStringLiteral("web01")); // running, capped at 1,000 Mbps
    ASSERT_NE(dialog, nullptr);
    QWidget *maximum = field(dialog, AdapterPage, QStringLiteral("maximumBandwidth"));
    ASSERT_NE(maximum, nullptr);
    for (const QString &typed : { QStringLiteral("-5"), QStringLiteral("1000000000000") }) {
        SCOPED_TRACE(typed.toStdString());
        dialog->showPage(dialog->page(AdapterPage));
        typeInto(maximum, typed);
        EXPECT_EQ(textOf(maximum), typed);
        expectApplyRefused(dialog, AdapterPage, maximum,
            { QStringLiteral("Maximum bandwidth"), typed, QStringLiteral("0 to 400000 Mbps") });
        EXPECT_EQ(vm(QStringLiteral("web01")).adapters[0].settings.maximumBandwidth, 1'000'000'000ULL);
    }
}

TEST_F(NumericInputTest, MinimumBandwidthNegativeIsKeptAndRefused)
{
    SettingsDialog *dialog = open(QStringLiteral("lab-web")); // absolute mode, 2,000 Mbps reserved
    ASSERT_NE(dialog, nullptr);
    QWidget *minimum = field(dialog, AdapterPage, QStringLiteral("minimumBandwidth"));
    ASSERT_NE(minimum, nullptr);
    typeInto(minimum, QStringLiteral("-1"));
    EXPECT_EQ(textOf(minimum), QStringLiteral("-1"));
    expectApplyRefused(dialog, AdapterPage, minimum,
        { QStringLiteral("Minimum bandwidth"), QStringLiteral("-1"), QStringLiteral("0 to 400000 Mbps") });
    EXPECT_EQ(vm(QStringLiteral("lab-web")).adapters[0].settings.minimumBandwidthAbsolute, 2'000'000'000ULL);
}

TEST_F(NumericInputTest, BandwidthWeightOutOfRangeIsKeptAndRefused)
{
    SettingsDialog *dialog = open(QStringLiteral("file01")); // weight mode, weight 20
    ASSERT_NE(dialog, nullptr);
    QWidget *weight = field(dialog, AdapterPage, QStringLiteral("minimumBandwidth"));
    ASSERT_NE(weight, nullptr);
    EXPECT_EQ(textOf(weight), QStringLiteral("20"));
    for (const QString &typed : { QStringLiteral("101"), QStringLiteral("-5") }) {
        SCOPED_TRACE(typed.toStdString());
        dialog->showPage(dialog->page(AdapterPage));
        typeInto(weight, typed);
        EXPECT_EQ(textOf(weight), typed);
        expectApplyRefused(dialog, AdapterPage, weight,
            { QStringLiteral("Minimum bandwidth weight"), typed, QStringLiteral("0 to 100") });
        EXPECT_EQ(vm(QStringLiteral("file01")).adapters[0].settings.minimumBandwidthWeight, 20);
    }
}

TEST_F(NumericInputTest, VlanIdWithLettersOrEmptyIsKeptAndRefused)
{
    SettingsDialog *dialog = open(QStringLiteral("sql01")); // running, VLAN 20
    ASSERT_NE(dialog, nullptr);
    QWidget *vlan = field(dialog, AdapterPage, QStringLiteral("vlanId"));
    ASSERT_NE(vlan, nullptr);
    for (const QString &typed : { QStringLiteral("1a"), QString(), QStringLiteral("abc") }) {
        SCOPED_TRACE(typed.toStdString());
        dialog->showPage(dialog->page(AdapterPage));
        typeInto(vlan, typed);
        EXPECT_EQ(textOf(vlan), typed);
        QStringList parts { QStringLiteral("VLAN ID"), QStringLiteral("1 to 4094") };
        if (!typed.isEmpty())
            parts << QStringLiteral("'%1'").arg(typed);
        expectApplyRefused(dialog, AdapterPage, vlan, parts);
        EXPECT_EQ(vm(QStringLiteral("sql01")).adapters[0].settings.vlanId, 20);
        EXPECT_TRUE(vm(QStringLiteral("sql01")).adapters[0].settings.vlanEnabled);
    }
}

TEST_F(NumericInputTest, ThePreviewShowsNoCommandForAnInvalidFieldButNamesIt)
{
    SettingsDialog *dialog = open(QStringLiteral("sql01"));
    ASSERT_NE(dialog, nullptr);
    dialog->setScriptVisible(true);
    typeInto(field(dialog, AccelPage, QStringLiteral("ipsecMaximumSAs")), QStringLiteral("4097"));
    QString script = dialog->scriptView()->text();
    EXPECT_FALSE(script.contains(QStringLiteral("IPsecOffloadMaximumSecurityAssociation"))) << script.toStdString();
    EXPECT_TRUE(script.startsWith(QStringLiteral("# "))) << script.toStdString();
    EXPECT_TRUE(script.contains(QStringLiteral("Maximum number of offloaded security associations")))
        << script.toStdString();

    // A valid edit beside it still shows its command.
    typeInto(field(dialog, AdapterPage, QStringLiteral("vlanId")), QStringLiteral("30"));
    script = dialog->scriptView()->text();
    EXPECT_TRUE(script.contains(QStringLiteral("-Access -VlanId 30"))) << script.toStdString();
    EXPECT_FALSE(script.contains(QStringLiteral("IPsecOffloadMaximumSecurityAssociation"))) << script.toStdString();
    EXPECT_TRUE(script.contains(QStringLiteral("Maximum number of offloaded security associations")))
        << script.toStdString();

    // The field is corrected: its command appears and the note goes.
    typeInto(field(dialog, AccelPage, QStringLiteral("ipsecMaximumSAs")), QStringLiteral("1024"));
    script = dialog->scriptView()->text();
    EXPECT_TRUE(script.contains(QStringLiteral("-IPsecOffloadMaximumSecurityAssociation 1024")))
        << script.toStdString();
    EXPECT_FALSE(script.contains(QStringLiteral("Maximum number of offloaded security associations")))
        << script.toStdString();
}

TEST_F(NumericInputTest, SimultaneousMigrationsOutOfRangeAreKeptAndRefused)
{
    HostMigrationSettingsDialog *dialog = openHostSettings(QStringLiteral("crusader"));
    ASSERT_NE(dialog, nullptr);
    const HostMigrationSettings before = sim->host(QStringLiteral("crusader"))->migration;
    dialog->findChild<QCheckBox *>(QStringLiteral("liveMigrationEnabled"))->setChecked(true);
    struct Case
    {
        QString name;
        QString label;
        QString typed;
    };
    const QList<Case> cases = { { QStringLiteral("simultaneousLive"), QStringLiteral("Simultaneous live migrations"),
                                    QStringLiteral("1000") },
        { QStringLiteral("simultaneousLive"), QStringLiteral("Simultaneous live migrations"), QStringLiteral("-1") },
        { QStringLiteral("simultaneousStorage"), QStringLiteral("Simultaneous storage migrations"),
            QStringLiteral("1000") },
        { QStringLiteral("simultaneousStorage"), QStringLiteral("Simultaneous storage migrations"),
            QStringLiteral("-1") } };
    for (const Case &c : cases) {
        SCOPED_TRACE(QString(c.name + QLatin1Char(' ') + c.typed).toStdString());
        // Only the field under test is invalid.
        for (const QString &other : { QStringLiteral("simultaneousLive"), QStringLiteral("simultaneousStorage") })
            typeInto(dialog->findChild<QWidget *>(other), QStringLiteral("2"));
        QWidget *w = dialog->findChild<QWidget *>(c.name);
        typeInto(w, c.typed);
        EXPECT_EQ(textOf(w), c.typed);
        const QString script = dialog->findChild<ScriptView *>(QStringLiteral("settingsScript"))->text();
        // Both were 2 before: no -MaximumVirtualMachineMigrations or -MaximumStorageMigrations.
        EXPECT_FALSE(script.contains(QStringLiteral("Migrations "))) << script.toStdString();
        EXPECT_TRUE(script.contains(QStringLiteral("# ")) && script.contains(c.label)) << script.toStdString();
        // Focus elsewhere: OK brings it back to the field at fault.
        dialog->findChild<QCheckBox *>(QStringLiteral("liveMigrationEnabled"))->setFocus();
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->job());
        const QString error = dialog->errorLabel()->text();
        for (const QString &part : { c.label, c.typed, QStringLiteral("1 to 512") })
            EXPECT_TRUE(error.contains(part)) << "'" << part.toStdString() << "' not in: " << error.toStdString();
        EXPECT_EQ(dialog->focusWidget(), w);
        EXPECT_EQ(textOf(w), c.typed);
        sim->advance(2000);
        EXPECT_EQ(sim->host(QStringLiteral("crusader"))->migration, before);
    }
}
