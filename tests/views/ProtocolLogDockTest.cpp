// View > Protocol Log: recorded WS-Management calls, their XML highlighted, the filter, the
// masked Authorization header, and how logging follows the panel.
#include "DemoWindowFixture.h"
#include "ProtocolSamples.h"
#include "QtPrinters.h"

#include <views/CertificatePinsDialog.h>
#include <views/GuiConnectionPrompts.h>
#include <views/ProtocolLogDock.h>
#include <views/ScriptView.h>

#include <models/CertificatePins.h>
#include <models/ProtocolLog.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::test;

namespace {

const QDateTime T0(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);

class ProtocolLogDockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        dock = std::make_unique<ProtocolLogDock>(&model);
        dock->resize(1200, 700);
    }
    void TearDown() override
    {
        dock.reset();
        QSettings().clear();
    }
    void recordSamples()
    {
        model.record(sampleEnumerate(T0));
        model.record(samplePull(T0.addMSecs(40)));
        model.record(sampleRequestStateChange(T0.addSecs(5)));
        model.record(sampleRefused(T0.addSecs(6)));
        QApplication::processEvents(); // the status line follows once per burst
    }
    void selectOperation(const QString &operation)
    {
        QSortFilterProxyModel *proxy = dock->proxy();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, ProtocolLogModel::OperationColumn).data().toString() == operation) {
                dock->view()->setCurrentIndex(proxy->index(r, 0));
                return;
            }
        }
        ADD_FAILURE() << "no row for " << operation.toStdString();
    }
    static QPlainTextEdit *editorOf(ScriptView *view)
    {
        return view->findChild<QPlainTextEdit *>(QStringLiteral("scriptText"));
    }

    ProtocolLogModel model;
    std::unique_ptr<ProtocolLogDock> dock;
};

// The number of highlighted ranges on the line that holds `text`.
int formatsOnLine(QPlainTextEdit *editor, const QString &text)
{
    for (QTextBlock b = editor->document()->firstBlock(); b.isValid(); b = b.next()) {
        if (b.text().contains(text))
            return int(b.layout()->formats().size());
    }
    return -1;
}

} // namespace

TEST_F(ProtocolLogDockTest, LoggingFollowsThePanelAndTheToggle)
{
    EXPECT_FALSE(model.isEnabled()); // off until the panel opens
    EXPECT_TRUE(dock->enableLogging()->isChecked());
    dock->show();
    EXPECT_TRUE(model.isEnabled());
    dock->enableLogging()->click();
    EXPECT_FALSE(model.isEnabled());
    EXPECT_FALSE(QSettings().value(QStringLiteral("ProtocolLog/enabled")).toBool()); // remembered
    dock->enableLogging()->click();
    EXPECT_TRUE(model.isEnabled());
    dock->hide();
    EXPECT_FALSE(model.isEnabled()); // nothing is recorded while nobody looks
    dock->show();
    EXPECT_TRUE(model.isEnabled());
}

TEST_F(ProtocolLogDockTest, ShowsTheSelectedCallHighlightedAndMasked)
{
    dock->show();
    recordSamples();
    ASSERT_EQ(dock->view()->model()->rowCount(), 4);
    selectOperation(QStringLiteral("Invoke RequestStateChange"));

    // Headers above the body, the credential masked.
    const QString headers = dock->requestHeaders()->toPlainText();
    EXPECT_TRUE(headers.startsWith(QStringLiteral("POST /wsman HTTP/1.1\nHost: crusader.example.com:5986")))
        << headers.toStdString();
    EXPECT_TRUE(headers.contains(QStringLiteral("Authorization: Basic ***"))) << headers.toStdString();
    EXPECT_FALSE(headers.contains(QLatin1String(SampleBasicCredential)));

    // The envelopes indented and highlighted as XML.
    EXPECT_EQ(dock->requestView()->definitionName(), QStringLiteral("XML"));
    const QString request = dock->requestView()->text();
    EXPECT_TRUE(request.contains(QStringLiteral("\n    <p:RequestStateChange_INPUT"))) << request.toStdString();
    const QString response = dock->responseView()->text();
    EXPECT_TRUE(response.contains(QStringLiteral("<p:ReturnValue>4096</p:ReturnValue>")));
    EXPECT_GE(formatsOnLine(editorOf(dock->responseView()), QStringLiteral("<p:ReturnValue>")), 2);
    EXPECT_GE(formatsOnLine(editorOf(dock->requestView()), QStringLiteral("<p:RequestedState>")), 2);

    // Timing and size beside the response.
    const QString caption = dock->findChild<QLabel *>(QStringLiteral("protocolResponseCaption"))->text();
    EXPECT_TRUE(caption.startsWith(QStringLiteral("Response: HTTP 200 after 112.9 ms, "))) << caption.toStdString();

    // Copy takes the envelope as it was received, not the indented text.
    dock->responseView()->findChild<QPushButton *>(QStringLiteral("copyScriptButton"))->click();
    EXPECT_EQ(QApplication::clipboard()->text(), QString::fromUtf8(sampleRequestStateChange(T0).response));
    dock->requestView()->findChild<QPushButton *>(QStringLiteral("copyScriptButton"))->click();
    EXPECT_EQ(QApplication::clipboard()->text(), QString::fromUtf8(sampleRequestStateChange(T0).request));
}

TEST_F(ProtocolLogDockTest, ARefusedCallShowsItsError)
{
    dock->show();
    recordSamples();
    selectOperation(QStringLiteral("Identify"));
    const QString caption = dock->findChild<QLabel *>(QStringLiteral("protocolResponseCaption"))->text();
    EXPECT_TRUE(caption.startsWith(QStringLiteral("Response: HTTP 401 after 9.3 ms"))) << caption.toStdString();
    EXPECT_TRUE(caption.contains(QStringLiteral("The server refused the user name or password (HTTP 401).")));
    EXPECT_TRUE(dock->responseView()->text().isEmpty());
    EXPECT_FALSE(dock->responseView()->isEnabled());
}

TEST_F(ProtocolLogDockTest, FiltersAndSumsTheCallsShown)
{
    dock->show();
    recordSamples();
    EXPECT_EQ(
        ProtocolLogDock::summary(12, 840.2, qint64(1.2 * 1024 * 1024)), QStringLiteral("12 calls, 840 ms, 1.2 MB"));
    EXPECT_EQ(ProtocolLogDock::summary(1, 61.7, 512), QStringLiteral("1 call, 62 ms, 512 B"));

    qint64 bytes = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        bytes += ProtocolLogModel::sizeOf(model.exchangeAt(r));
    EXPECT_EQ(dock->statusText(), ProtocolLogDock::summary(4, 38.4 + 61.7 + 112.9 + 9.3, bytes));

    QTest::keyClicks(dock->filter(), QStringLiteral("pull"));
    EXPECT_EQ(dock->view()->model()->rowCount(), 1);
    EXPECT_EQ(
        dock->view()->model()->index(0, ProtocolLogModel::OperationColumn).data().toString(), QStringLiteral("Pull"));
    QApplication::processEvents();
    EXPECT_EQ(dock->statusText(),
        ProtocolLogDock::summary(1, 61.7, ProtocolLogModel::sizeOf(samplePull(T0)))
            + QStringLiteral(" (of 4 recorded)"));

    dock->filter()->clear();
    QTest::keyClicks(dock->filter(), QStringLiteral("401"));
    EXPECT_EQ(dock->view()->model()->rowCount(), 1); // by status too
    dock->filter()->clear();
    QTest::keyClicks(dock->filter(), QStringLiteral("Msvm_ComputerSystem"));
    EXPECT_EQ(dock->view()->model()->rowCount(), 3);

    dock->enableLogging()->click();
    QApplication::processEvents();
    EXPECT_TRUE(dock->statusText().endsWith(QStringLiteral(". Logging is off."))) << dock->statusText().toStdString();
}

TEST_F(ProtocolLogDockTest, ClearAndSave)
{
    dock->show();
    recordSamples();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    ASSERT_TRUE(dock->saveTo(dir.filePath(QStringLiteral("log.xml")), &error)) << error.toStdString();
    QFile xmlFile(dir.filePath(QStringLiteral("log.xml")));
    ASSERT_TRUE(xmlFile.open(QIODevice::ReadOnly));
    const QByteArray xml = xmlFile.readAll();
    QXmlStreamReader reader(xml);
    int exchanges = 0;
    while (!reader.atEnd())
        exchanges += reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("exchange");
    EXPECT_FALSE(reader.hasError());
    EXPECT_EQ(exchanges, 4);
    EXPECT_FALSE(xml.contains(SampleBasicCredential));

    QTest::keyClicks(dock->filter(), QStringLiteral("Invoke"));
    ASSERT_TRUE(dock->saveTo(dir.filePath(QStringLiteral("log.txt")), &error)) << error.toStdString();
    QFile textFile(dir.filePath(QStringLiteral("log.txt")));
    ASSERT_TRUE(textFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(textFile.readAll());
    EXPECT_EQ(text.count(QStringLiteral("=== ")), 1); // the calls shown
    EXPECT_TRUE(text.contains(QStringLiteral("Authorization: Basic ***")));

    EXPECT_FALSE(dock->saveTo(dir.filePath(QStringLiteral("no/such/dir/log.txt")), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("Could not save the protocol log to "))) << error.toStdString();

    dock->findChild<QPushButton *>(QStringLiteral("protocolLogClear"))->click();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(dock->view()->model()->rowCount(), 0);
}

// The main window: View > Protocol Log (hidden by default) and Tools > Trusted Certificates.
class RemoteMainWindowTest : public DemoWindowFixture
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        factory.registerScheme(
            QStringLiteral("sim"), sim::SimulatedBackend::schemeDescription(), &sim::SimulatedBackend::create);
        auto b = std::make_unique<sim::SimulatedBackend>(QStringLiteral("sim:demo"), sim::TopologyLoader::demo());
        b->setClockMode(sim::SimulatedBackend::ClockMode::Manual);
        sim = static_cast<sim::SimulatedBackend *>(connections.add(std::move(b)));
        window
            = std::make_unique<MainWindow>(&connections, &factory, MainWindow::RemoteViews { &log, &pins, &prompts });
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    ProtocolLogModel log;
    SettingsCertificatePinStore pins;
    GuiConnectionPrompts prompts;
};

TEST_F(RemoteMainWindowTest, ViewMenuOpensTheProtocolLog)
{
    ProtocolLogDock *dock = window->protocolLogDock();
    ASSERT_TRUE(dock);
    EXPECT_TRUE(dock->isHidden());
    EXPECT_FALSE(log.isEnabled());
    auto *view = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuView"));
    QAction *show = window->findChild<QAction *>(QStringLiteral("actionShowProtocolLog"));
    ASSERT_TRUE(view && show);
    EXPECT_TRUE(view->actions().contains(show));
    EXPECT_EQ(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    show->trigger();
    EXPECT_TRUE(dock->isVisible());
    EXPECT_TRUE(log.isEnabled());
    log.record(sampleEnumerate(T0));
    EXPECT_EQ(dock->view()->model()->rowCount(), 1);
    // Remembered with the window layout, like the Jobs dock.
    window->close();
    window = std::make_unique<MainWindow>(&connections, &factory, MainWindow::RemoteViews { &log, &pins, &prompts });
    EXPECT_FALSE(window->protocolLogDock()->isHidden());
}

TEST_F(RemoteMainWindowTest, ToolsMenuOpensTrustedCertificates)
{
    pins.pin(QStringLiteral("crusader.example.com:5986"), QString(64, QLatin1Char('a')));
    auto *tools = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuTools"));
    QAction *action = window->trustedCertificatesAction();
    ASSERT_TRUE(tools && action);
    EXPECT_TRUE(tools->actions().contains(action));
    action->trigger();
    auto *dialog = window->findChild<CertificatePinsDialog *>(QStringLiteral("certificatePinsDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->list()->topLevelItemCount(), 1);
}

TEST_F(RemoteMainWindowTest, WithoutRemoteViewsThereIsNoLogAndNoPins)
{
    MainWindow plain(&connections, &factory);
    EXPECT_FALSE(plain.protocolLogDock());
    EXPECT_FALSE(plain.trustedCertificatesAction());
    EXPECT_FALSE(plain.findChild<QAction *>(QStringLiteral("actionShowProtocolLog")));
}
