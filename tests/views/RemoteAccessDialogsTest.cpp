// The dialogs a remote connection opens: certificate trust and credentials, asked through
// GuiConnectionPrompts as a backend asks them, and Tools > Trusted Certificates.
#include "QtPrinters.h"

#include <views/CertificatePinsDialog.h>
#include <views/CertificateTrustDialog.h>
#include <views/CredentialsDialog.h>
#include <views/GuiConnectionPrompts.h>

#include <models/CertificatePins.h>

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

const QString Endpoint = QStringLiteral("crusader.example.com:5986");
const QString Fingerprint
    = QStringLiteral("3A:5F:0C:94:11:7B:E2:D8:6C:40:A1:9E:27:F3:58:BD:04:C6:7A:12:E9:83:5D:F0:2B:96:4E:C1:78:0A:D3:65");

CertificateQuestion question(const QString &sha256 = Fingerprint)
{
    CertificateQuestion q;
    q.endpoint = Endpoint;
    q.subject = QStringLiteral("CN=crusader.example.com");
    q.issuer = QStringLiteral("CN=crusader.example.com");
    q.validFrom = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    q.validTo = QDateTime(QDate(2027, 1, 5), QTime(8, 0), Qt::UTC);
    q.sha256 = sha256;
    q.problems = { QStringLiteral("The certificate is self-signed, and untrusted") };
    return q;
}

template<typename Done> bool waitUntil(Done done, int timeoutMs = 5'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

class PromptsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.resize(800, 600);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    QMainWindow window;
    GuiConnectionPrompts prompts { &window };
};

} // namespace

TEST_F(PromptsTest, TrustDialogShowsTheFingerprintAndAnswersYes)
{
    std::optional<bool> answer;
    prompts.askTrust(question(), [&](bool trust) { answer = trust; });
    CertificateTrustDialog *dialog = prompts.trustDialog(Endpoint);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal); // over the window, no nested event loop
    EXPECT_EQ(dialog->parentWidget(), &window);

    QLabel *fingerprint = dialog->fingerprintLabel();
    EXPECT_EQ(fingerprint->text().remove(QLatin1Char('\n')), Fingerprint);
    EXPECT_TRUE(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
    EXPECT_TRUE(QFontInfo(fingerprint->font()).fixedPitch());
    const QString problems = dialog->findChild<QLabel *>(QStringLiteral("certificateProblems"))->text();
    EXPECT_TRUE(problems.contains(QStringLiteral("self-signed"))) << problems.toStdString();
    const QString advice = dialog->findChild<QLabel *>(QStringLiteral("certificateAdvice"))->text();
    EXPECT_TRUE(advice.contains(QStringLiteral("Cert:\\LocalMachine\\My"))) << advice.toStdString();
    EXPECT_TRUE(advice.contains(QStringLiteral("certutil -dump")));
    EXPECT_EQ(dialog->trustButton()->text(), QStringLiteral("&Trust and Connect"));

    EXPECT_FALSE(answer.has_value());
    dialog->trustButton()->click();
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    EXPECT_TRUE(*answer);
    EXPECT_FALSE(prompts.trustDialog(Endpoint));
}

TEST_F(PromptsTest, TrustDialogDefaultsToCancel)
{
    std::optional<bool> answer;
    prompts.askTrust(question(), [&](bool trust) { answer = trust; });
    CertificateTrustDialog *dialog = prompts.trustDialog(Endpoint);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->cancelButton()->isDefault());
    EXPECT_FALSE(dialog->trustButton()->isDefault());
    // Enter does not trust.
    QTest::keyClick(dialog, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    EXPECT_FALSE(*answer);
}

TEST_F(PromptsTest, OneDialogAnswersEveryQuestionAboutTheSameCertificate)
{
    QList<bool> answers;
    prompts.askTrust(question(), [&](bool trust) { answers << trust; });
    CertificateTrustDialog *first = prompts.trustDialog(Endpoint);
    prompts.askTrust(question(), [&](bool trust) { answers << trust; });
    EXPECT_EQ(prompts.trustDialog(Endpoint), first);
    first->cancelButton()->click();
    ASSERT_TRUE(waitUntil([&] { return answers.size() == 2; }));
    EXPECT_EQ(answers, (QList<bool> { false, false }));
}

TEST_F(PromptsTest, CredentialsDialogReturnsCredentialsAndTheRememberFlag)
{
    prompts.suggestUser(Endpoint, QStringLiteral("CRUSADER\\Administrator"));
    std::optional<std::pair<std::optional<Credentials>, bool>> answer;
    prompts.askCredentials(Endpoint, QStringLiteral("The server refused the user name or password."),
        [&](const std::optional<Credentials> &c, bool remember) { answer = std::pair(c, remember); });
    CredentialsDialog *dialog = prompts.credentialsDialog(Endpoint);
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("credentialsReason"))->text(),
        QStringLiteral("The server refused the user name or password."));
    auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("credentialsUser"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("credentialsPassword"));
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("credentialsRemember"));
    ASSERT_TRUE(user && password && remember);
    EXPECT_EQ(user->text(), QStringLiteral("CRUSADER\\Administrator")); // offered from Connect to Server
    EXPECT_TRUE(password->text().isEmpty()); // never pre-filled
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(remember->isChecked());

    // No password: said inline, the dialog stays, nothing is answered.
    dialog->findChild<QPushButton *>(QStringLiteral("credentialsConnect"))->click();
    EXPECT_TRUE(
        dialog->errorText().startsWith(QStringLiteral("Password: enter the password of CRUSADER\\Administrator.")))
        << dialog->errorText().toStdString();
    QApplication::processEvents();
    EXPECT_FALSE(answer.has_value());
    EXPECT_TRUE(dialog->isVisible());

    QTest::keyClicks(password, QStringLiteral("S3cret!Pass"));
    EXPECT_TRUE(dialog->errorText().isEmpty());
    remember->click();
    dialog->findChild<QPushButton *>(QStringLiteral("credentialsConnect"))->click();
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    ASSERT_TRUE(answer->first.has_value());
    EXPECT_EQ(
        *answer->first, (Credentials { QStringLiteral("CRUSADER\\Administrator"), QStringLiteral("S3cret!Pass") }));
    EXPECT_TRUE(answer->second);
    EXPECT_FALSE(prompts.credentialsDialog(Endpoint));
}

TEST_F(PromptsTest, CredentialsDialogNamesAMissingUserAndCancelAnswersNothing)
{
    std::optional<std::pair<std::optional<Credentials>, bool>> answer;
    prompts.askCredentials(Endpoint, QString(),
        [&](const std::optional<Credentials> &c, bool remember) { answer = std::pair(c, remember); });
    CredentialsDialog *dialog = prompts.credentialsDialog(Endpoint);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("credentialsReason"))->isHidden());
    dialog->accept();
    EXPECT_TRUE(
        dialog->errorText().startsWith(QStringLiteral("User name: enter the account to sign in with, for example "
                                                      "CRUSADER\\Administrator.")))
        << dialog->errorText().toStdString();
    dialog->reject();
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    EXPECT_FALSE(answer->first.has_value());
    EXPECT_FALSE(answer->second);
}

TEST_F(PromptsTest, AnswersABackendOnItsOwnThread)
{
    QThread worker;
    worker.start();
    QObject onWorker;
    onWorker.moveToThread(&worker);
    std::atomic<QThread *> answeredOn { nullptr };
    std::atomic<bool> trusted { false };
    QMetaObject::invokeMethod(&onWorker, [&] {
        prompts.askTrust(question(), [&](bool trust) {
            trusted = trust;
            answeredOn = QThread::currentThread();
        });
    });
    // The dialog opens on the GUI thread.
    ASSERT_TRUE(waitUntil([&] { return prompts.trustDialog(Endpoint) != nullptr; }));
    EXPECT_EQ(prompts.trustDialog(Endpoint)->thread(), QThread::currentThread());
    prompts.trustDialog(Endpoint)->trustButton()->click();
    ASSERT_TRUE(waitUntil([&] { return answeredOn.load() != nullptr; }));
    EXPECT_EQ(answeredOn.load(), &worker);
    EXPECT_TRUE(trusted.load());
    worker.quit();
    worker.wait(5'000);
}

TEST(CertificatePinsDialogTest, ListsPinsAndRemovesOne)
{
    QSettings().clear();
    SettingsCertificatePinStore pins;
    pins.pin(QStringLiteral("crusader.example.com:5986"), Fingerprint);
    pins.pin(QStringLiteral("saracen.example.com:5986"),
        QString(Fingerprint).replace(QStringLiteral("3A"), QStringLiteral("4B")));
    CertificatePinsDialog dialog(&pins);
    dialog.show();
    QTreeWidget *list = dialog.list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("crusader.example.com:5986"));
    EXPECT_EQ(list->topLevelItem(0)->text(1), Fingerprint);
    EXPECT_FALSE(dialog.removeButton()->isEnabled()); // nothing selected
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("noPinsLabel"))->isHidden());

    ASSERT_TRUE(dialog.selectEndpoint(QStringLiteral("Crusader.example.com:5986")));
    EXPECT_TRUE(dialog.removeButton()->isEnabled());
    dialog.removeButton()->click();
    EXPECT_TRUE(pins.pinned(QStringLiteral("crusader.example.com:5986")).isEmpty());
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("saracen.example.com:5986"));

    // A pin made while the dialog is open (a connection trusted a certificate) shows up.
    pins.pin(QStringLiteral("paladin:5986"), Fingerprint);
    EXPECT_EQ(list->topLevelItemCount(), 2);
    pins.unpin(QStringLiteral("paladin:5986"));
    pins.unpin(QStringLiteral("saracen.example.com:5986"));
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("noPinsLabel"))->isVisible());
    QSettings().clear();
}
