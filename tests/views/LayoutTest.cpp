// Every dialog and window, shown at its minimum size in English and in German, holds its layout:
// no button, label, line edit or combo box is squeezed below what it needs, and no label cuts its
// text.
#include "DemoWindowFixture.h"
#include "QtPrinters.h"

#include <views/CertificatePinsDialog.h>
#include <views/CertificateTrustDialog.h>
#include <views/ConnectDialog.h>
#include <views/CredentialsDialog.h>
#include <views/HostNetworkView.h>
#include <views/IntegrationReportWindow.h>
#include <views/JobsDock.h>
#include <views/move/DestinationPage.h>
#include <views/move/HostMigrationSettingsDialog.h>
#include <views/move/MoveWizard.h>
#include <views/settings/SettingsDialog.h>
#include <views/settings/SettingsPage.h>

#include <models/CertificatePins.h>
#include <models/JobListModel.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTextDocument>
#include <QTimeZone>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

// The text a label shows, without markup and mnemonics.
QString shownText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    if (label->buddy())
        text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    return text;
}

// Widgets that belong to another widget's inside (a spin box's or combo box's line edit, an item
// view's editors and header buttons): their owner is what is checked.
bool isPartOfAnother(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

QString describe(const QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (auto *l = qobject_cast<const QLabel *>(w))
        text = shownText(l).left(60);
    return QStringLiteral("%1 '%2' \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

// What is wrong with the widgets of `top` as they are laid out now; empty when nothing is.
QStringList layoutProblems(QWidget *top)
{
    QStringList problems;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || isPartOfAnother(w, top))
            continue;
        auto *button = qobject_cast<QAbstractButton *>(w);
        auto *label = qobject_cast<QLabel *>(w);
        const bool edit = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w);
        if (!button && !label && !edit)
            continue;
        if (label && label->text().isEmpty())
            continue;
        if (button && !qobject_cast<QPushButton *>(w) && !qobject_cast<QCheckBox *>(w)
            && !qobject_cast<QRadioButton *>(w))
            continue; // tool buttons of tab bars and views size themselves
        const QSize need = button ? w->sizeHint() : w->minimumSizeHint();
        if (w->width() < need.width() || w->height() < need.height())
            problems << QStringLiteral("%1 is %2x%3, needs %4x%5")
                            .arg(describe(w))
                            .arg(w->width())
                            .arg(w->height())
                            .arg(need.width())
                            .arg(need.height());
        if (label) {
            const QRect room = label->contentsRect();
            if (label->wordWrap()) {
                const int height = label->heightForWidth(label->width());
                if (label->height() < height)
                    problems << QStringLiteral("%1 is %2 high, its wrapped text needs %3")
                                    .arg(describe(w))
                                    .arg(label->height())
                                    .arg(height);
            } else {
                const QString text = shownText(label);
                for (const QString &line : text.split(QLatin1Char('\n'))) {
                    const int advance = label->fontMetrics().horizontalAdvance(line);
                    if (room.width() < advance) {
                        problems << QStringLiteral("%1 cuts its text: %2 wide, the text %3")
                                        .arg(describe(w))
                                        .arg(room.width())
                                        .arg(advance);
                        break;
                    }
                }
            }
        }
    }
    return problems;
}

// Shows `top` at its minimum size and returns what does not fit.
QStringList problemsAtMinimumSize(QWidget *top)
{
    top->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(top));
    QCoreApplication::processEvents();
    if (top->layout())
        top->layout()->activate();
    const QSize minimum = top->minimumSizeHint().expandedTo(top->minimumSize());
    top->resize(minimum);
    QCoreApplication::processEvents();
    if (top->layout())
        top->layout()->activate();
    QCoreApplication::processEvents();
    return layoutProblems(top);
}

class LayoutTest : public test::DemoWindowFixture, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        const QString language = QString::fromLatin1(GetParam());
        if (language != QLatin1String("en")) {
            const QLocale locale(language);
            QLocale::setDefault(locale);
            ASSERT_TRUE(m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                << "Qt's own translation for " << GetParam();
            QCoreApplication::installTranslator(&m_qt);
            ASSERT_TRUE(m_own.load(QStringLiteral("hvdesk_%1").arg(language), QStringLiteral(HVDESK_QM_DIR)))
                << "hvdesk's translation in " HVDESK_QM_DIR;
            QCoreApplication::installTranslator(&m_own);
            // The translation is in use: the program's own texts change.
            ASSERT_NE(QCoreApplication::translate("hvdesk::ConnectDialog", "Connect to Server"),
                QStringLiteral("Connect to Server"));
        }
        DemoWindowFixture::SetUp();
    }

    void TearDown() override
    {
        DemoWindowFixture::TearDown();
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale::c());
    }

    // `what` at its minimum size, with the problems named.
    void expectFitsAtMinimumSize(QWidget *top, const QString &what)
    {
        const QStringList problems = problemsAtMinimumSize(top);
        EXPECT_TRUE(problems.isEmpty()) << what.toStdString() << " (" << GetParam() << ") at " << top->width() << "x"
                                        << top->height() << ":\n  "
                                        << problems.join(QStringLiteral("\n  ")).toStdString();
    }

    QTranslator m_qt;
    QTranslator m_own;
};

TEST_P(LayoutTest, HyperVSettingsHoldTheirButtons)
{
    HostMigrationSettingsDialog dialog(sim, QStringLiteral("crusader"), window.get());
    expectFitsAtMinimumSize(&dialog, QStringLiteral("Hyper-V Settings"));
    // The list's buttons keep their full size (they were crushed to a few pixels).
    for (const char *name : { "addNetwork", "removeNetwork", "moveNetworkUp", "moveNetworkDown" }) {
        auto *b = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
        ASSERT_TRUE(b);
        EXPECT_GE(b->height(), b->sizeHint().height()) << name;
    }
    // And the whole dialog fits a 1366x768 screen with a taskbar (it needed 711 px).
    EXPECT_LE(dialog.minimumHeight(), 640) << "minimum " << dialog.minimumWidth() << "x" << dialog.minimumHeight();
}

TEST_P(LayoutTest, ConnectToServerFitsWithAndWithoutTheClearTextWarning)
{
    BackendFactory all;
    auto none = [](const QString &, Error *) { return std::unique_ptr<HostBackend>(); };
    all.registerScheme(
        QStringLiteral("sim"), sim::SimulatedBackend::schemeDescription(), &sim::SimulatedBackend::create);
    // As the program registers them: one description for several URI schemes.
    for (const char *scheme : { "qemu", "qemu+ssh", "qemu+tcp", "qemu+tls", "test" })
        all.registerScheme(QString::fromLatin1(scheme),
            QStringLiteral("KVM/QEMU virtual machines through libvirt (qemu:///system, qemu:///session, "
                           "test:///default)"),
            none);
    for (const char *scheme : { "wsman+https", "wsman+http" })
        all.registerScheme(QString::fromLatin1(scheme),
            QStringLiteral("Hyper-V hosts over WS-Management: wsman+https://host[:5986], "
                           "wsman+http://host[:5985] (more hosts with ?host=name[:port])"),
            none);
    ConnectDialog dialog(&all, window.get());
    expectFitsAtMinimumSize(&dialog, QStringLiteral("Connect to Server"));
    // Plain HTTP: the warning is shown in full.
    dialog.findChild<QCheckBox *>(QStringLiteral("wsmanHttps"))->setChecked(false);
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("wsmanHttpWarning"));
    ASSERT_TRUE(warning->isVisibleTo(&dialog));
    expectFitsAtMinimumSize(&dialog, QStringLiteral("Connect to Server over HTTP"));
    EXPECT_GE(warning->height(), warning->heightForWidth(warning->width()));
}

TEST_P(LayoutTest, VmSettingsPagesFit)
{
    SettingsDialog dialog(sim, idOf(QStringLiteral("web01")), window.get());
    for (SettingsPage *page : dialog.pages()) {
        dialog.showPage(page);
        expectFitsAtMinimumSize(&dialog, QStringLiteral("Settings, page %1").arg(page->objectName()));
    }
}

TEST_P(LayoutTest, MoveWizardPagesFit)
{
    MoveWizard wizard(sim, { idOf(QStringLiteral("web01")) }, { sim }, window.get());
    wizard.show();
    expectFitsAtMinimumSize(&wizard, QStringLiteral("Move wizard, Before You Begin"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), MoveWizard::MoveTypePageId);
    expectFitsAtMinimumSize(&wizard, QStringLiteral("Move wizard, Choose Move Type"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), MoveWizard::DestinationPageId);
    expectFitsAtMinimumSize(&wizard, QStringLiteral("Move wizard, Specify Destination"));
    ASSERT_TRUE(wizard.findChild<DestinationPage *>()->selectHost(QStringLiteral("saracen")));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), MoveWizard::OptionsPageId);
    expectFitsAtMinimumSize(&wizard, QStringLiteral("Move wizard, Choose Move Options"));
    // web01's files are on the cluster's CSV: the wizard offers to move the VM alone; choose a
    // single location to see the locations page too.
    wizard.findChild<QRadioButton *>(QStringLiteral("optionSingleLocation"))->setChecked(true);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), MoveWizard::LocationsPageId);
    expectFitsAtMinimumSize(&wizard, QStringLiteral("Move wizard, Choose a New Location"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), MoveWizard::CompatibilityPageId);
    expectFitsAtMinimumSize(&wizard, QStringLiteral("Move wizard, Compatibility"));
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("applySuggestedFixes")), Qt::LeftButton);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), MoveWizard::SummaryPageId);
    expectFitsAtMinimumSize(&wizard, QStringLiteral("Move wizard, Summary"));
}

TEST_P(LayoutTest, RemoteAccessDialogsFit)
{
    CredentialsDialog credentials(QStringLiteral("crusader.example.com:5986"),
        QStringLiteral("The host refused the user name or password."), window.get());
    expectFitsAtMinimumSize(&credentials, QStringLiteral("Credentials"));

    CertificateQuestion question;
    question.endpoint = QStringLiteral("crusader.example.com:5986");
    question.subject = QStringLiteral("CN=crusader.example.com");
    question.issuer = QStringLiteral("CN=crusader.example.com");
    question.validFrom = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    question.validTo = QDateTime(QDate(2034, 1, 1), QTime(0, 0), QTimeZone::utc());
    question.sha256 = QStringLiteral(
        "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    question.problems = { QStringLiteral("The certificate is self-signed.") };
    CertificateTrustDialog trust(question, window.get());
    expectFitsAtMinimumSize(&trust, QStringLiteral("Certificate trust"));

    SettingsCertificatePinStore pins;
    CertificatePinsDialog pinsDialog(&pins, window.get());
    expectFitsAtMinimumSize(&pinsDialog, QStringLiteral("Trusted certificates"));
}

TEST_P(LayoutTest, IntegrationReportNetworkViewAndJobsFit)
{
    IntegrationReportWindow report(&connections, window->integrationUpgrades());
    expectFitsAtMinimumSize(&report, QStringLiteral("Integration services report"));

    HostNetworkView network(sim, QStringLiteral("paladin"));
    expectFitsAtMinimumSize(&network, QStringLiteral("Network view"));

    JobListModel jobs(&connections);
    JobsDock dock(&jobs);
    dock.setFloating(true);
    expectFitsAtMinimumSize(&dock, QStringLiteral("Jobs"));
}

INSTANTIATE_TEST_SUITE_P(Languages, LayoutTest, ::testing::Values("en", "de"),
    [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });

// The main window at its first start (no saved layout): every column of the virtual machine list
// is in view and as wide as its title.
class DefaultMainWindowTest : public LayoutTest
{
};

TEST_P(DefaultMainWindowTest, ShowsEveryColumnOfTheVmList)
{
    QSettings().clear();
    MainWindow fresh(&connections, &factory);
    fresh.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&fresh));
    QCoreApplication::processEvents();
    auto *list = fresh.findChild<QTableView *>(QStringLiteral("vmList"));
    ASSERT_TRUE(list);
    ASSERT_TRUE(list->isVisible());
    const QHeaderView *header = list->horizontalHeader();
    const int viewport = list->viewport()->width();
    for (int c = 0; c < list->model()->columnCount(); ++c) {
        const QString title = list->model()->headerData(c, Qt::Horizontal).toString();
        EXPECT_FALSE(list->isColumnHidden(c)) << title.toStdString();
        const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
        EXPECT_LE(right, viewport) << title.toStdString() << " ends at " << right << " of " << viewport;
        EXPECT_GE(header->sectionSize(c), header->fontMetrics().horizontalAdvance(title)) << title.toStdString();
    }
    EXPECT_EQ(header->offset(), 0);
    // And no label or button of the window is cut, with a virtual machine selected.
    list->selectRow(0);
    QTest::qWait(50); // the new texts are laid out (the summary scrolls when they need more room)
    const QStringList problems = layoutProblems(&fresh);
    EXPECT_TRUE(problems.isEmpty()) << "main window (" << GetParam() << ") at " << fresh.width() << "x"
                                    << fresh.height() << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, DefaultMainWindowTest, ::testing::Values("en", "de"),
    [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });

} // namespace
