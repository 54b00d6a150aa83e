#include "QtPrinters.h"

#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/ConnectDialog.h>

#include <models/BackendFactory.h>
#include <models/HostBackend.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

BackendFactory simFactory()
{
    BackendFactory f;
    f.registerScheme(QStringLiteral("sim"), sim::SimulatedBackend::schemeDescription(), &sim::SimulatedBackend::create);
    return f;
}

} // namespace

TEST(ConnectDialogTest, DemoIsTheDefaultAndCreatesTheBackend)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    EXPECT_EQ(dialog.uri(), QStringLiteral("sim:demo"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    std::unique_ptr<HostBackend> b = dialog.takeBackend();
    ASSERT_TRUE(b);
    EXPECT_EQ(b->uri(), QStringLiteral("sim:demo"));
}

TEST(ConnectDialogTest, ABadUriStaysInTheDialogWithTheReason)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    dialog.setUri(QStringLiteral("wsman+https://crusader:5986"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.takeBackend());
    EXPECT_EQ(dialog.uri(), QStringLiteral("wsman+https://crusader:5986")); // nothing lost
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Server: hvdesk cannot connect to 'wsman+https' URIs.")))
        << dialog.errorText().toStdString();
    // Typing clears the message.
    dialog.findChild<QComboBox *>(QStringLiteral("uriCombo"))->setEditText(QStringLiteral("sim:demo2"));
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

TEST(ConnectDialogTest, AnEmptyUriIsNamedAsTheProblem)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    dialog.findChild<QRadioButton *>(QStringLiteral("otherRadio"))->setChecked(true);
    dialog.accept();
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Server: enter a URI.")));
}

TEST(ConnectDialogTest, ListsTheSchemesItCanOpen)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("connectHelp"))->text().contains(QStringLiteral("sim:demo")));
}

TEST(ConnectDialogTest, EachBackendIsListedOnceWithItsUriForms)
{
    BackendFactory factory = simFactory();
    auto none = [](const QString &, Error *) { return std::unique_ptr<HostBackend>(); };
    const QString libvirt
        = QStringLiteral("KVM/QEMU virtual machines through libvirt (qemu:///system, test:///default)");
    const QString wsman
        = QStringLiteral("Hyper-V hosts over WS-Management: wsman+https://host[:5986], wsman+http://host[:5985]");
    for (const char *scheme : { "qemu", "qemu+ssh", "qemu+tcp", "qemu+tls", "test" })
        factory.registerScheme(QString::fromLatin1(scheme), libvirt, none);
    for (const char *scheme : { "wsman+https", "wsman+http" })
        factory.registerScheme(QString::fromLatin1(scheme), wsman, none);
    ConnectDialog dialog(&factory);
    const QString help = dialog.findChild<QLabel *>(QStringLiteral("connectHelp"))->text();
    EXPECT_EQ(help.count(libvirt.toHtmlEscaped()), 1) << help.toStdString();
    EXPECT_EQ(help.count(wsman.toHtmlEscaped()), 1) << help.toStdString();
    EXPECT_EQ(help.count(QStringLiteral("sim:demo")), 1) << help.toStdString();
    EXPECT_EQ(help.count(QStringLiteral("• ")), 3) << help.toStdString();
}

// --- Another computer: Hyper-V over WS-Management ---

namespace {

struct HyperVFields
{
    explicit HyperVFields(ConnectDialog &d)
        : radio(d.findChild<QRadioButton *>(QStringLiteral("hyperVRadio")))
        , host(d.findChild<QLineEdit *>(QStringLiteral("wsmanHost")))
        , port(d.findChild<QLineEdit *>(QStringLiteral("wsmanPort")))
        , user(d.findChild<QLineEdit *>(QStringLiteral("wsmanUser")))
        , https(d.findChild<QCheckBox *>(QStringLiteral("wsmanHttps")))
        , consent(d.findChild<QCheckBox *>(QStringLiteral("wsmanHttpConsent")))
        , warning(d.findChild<QLabel *>(QStringLiteral("wsmanHttpWarning")))
        , connect(d.findChild<QPushButton *>(QStringLiteral("connectButton")))
    {
    }
    bool complete() const { return radio && host && port && user && https && consent && warning && connect; }
    void typeHost(const QString &text) const
    {
        host->clear();
        QTest::keyClicks(host, text); // typing chooses "Another computer"
    }
    void typePort(const QString &text) const
    {
        port->clear();
        QTest::keyClicks(port, text);
    }
    QRadioButton *radio;
    QLineEdit *host;
    QLineEdit *port;
    QLineEdit *user;
    QCheckBox *https;
    QCheckBox *consent;
    QLabel *warning;
    QPushButton *connect;
};

// A factory whose wsman schemes open a real backend (the simulator) under the URI asked for: the
// remote backend is not part of this library, and the dialog's part ends at the URI it hands over.
BackendFactory wsmanFactory()
{
    BackendFactory f = simFactory();
    for (const QString &scheme : {QStringLiteral("wsman+https"), QStringLiteral("wsman+http")}) {
        f.registerScheme(scheme, QStringLiteral("Hyper-V over WS-Management"), [](const QString &uri, Error *) {
            return std::unique_ptr<HostBackend>(std::make_unique<sim::SimulatedBackend>(uri, sim::TopologyLoader::demo()));
        });
    }
    return f;
}

} // namespace

TEST(ConnectDialogTest, HyperVHostBuildsAnHttpsUriOnPort5986)
{
    const BackendFactory factory = wsmanFactory();
    ConnectDialog dialog(&factory);
    HyperVFields f(dialog);
    ASSERT_TRUE(f.complete());
    EXPECT_TRUE(f.https->isChecked()); // HTTPS unless the user says otherwise
    EXPECT_EQ(f.port->text(), QStringLiteral("5986"));
    f.typeHost(QStringLiteral("Crusader.Example.com"));
    EXPECT_TRUE(f.radio->isChecked());
    QTest::keyClicks(f.user, QStringLiteral("CRUSADER\\Administrator"));
    EXPECT_EQ(dialog.uri(), QStringLiteral("wsman+https://crusader.example.com:5986"));
    EXPECT_EQ(dialog.hyperVEndpoint(), QStringLiteral("crusader.example.com:5986"));

    QSignalSpy chosen(&dialog, &ConnectDialog::userChosen);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    std::unique_ptr<HostBackend> backend = dialog.takeBackend();
    ASSERT_TRUE(backend);
    EXPECT_EQ(backend->uri(), QStringLiteral("wsman+https://crusader.example.com:5986"));
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.first().at(0).toString(), QStringLiteral("crusader.example.com:5986"));
    EXPECT_EQ(chosen.first().at(1).toString(), QStringLiteral("CRUSADER\\Administrator"));
}

TEST(ConnectDialogTest, AddressesAndOtherPortsMakeTheirUris)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    HyperVFields f(dialog);
    f.typeHost(QStringLiteral("192.0.2.10"));
    EXPECT_EQ(dialog.uri(), QStringLiteral("wsman+https://192.0.2.10:5986"));
    f.typeHost(QStringLiteral("fd00::5"));
    EXPECT_EQ(dialog.uri(), QStringLiteral("wsman+https://[fd00::5]:5986"));
    f.typeHost(QStringLiteral("[fd00::5]"));
    f.typePort(QStringLiteral("443"));
    EXPECT_EQ(dialog.uri(), QStringLiteral("wsman+https://[fd00::5]:443"));
    EXPECT_EQ(dialog.hyperVEndpoint(), QStringLiteral("[fd00::5]:443"));
}

TEST(ConnectDialogTest, PlainHttpWarnsAndNeedsIUnderstandBeforeConnect)
{
    const BackendFactory factory = wsmanFactory();
    ConnectDialog dialog(&factory);
    dialog.show();
    HyperVFields f(dialog);
    f.typeHost(QStringLiteral("paladin"));
    EXPECT_TRUE(f.warning->isHidden());
    EXPECT_TRUE(f.connect->isEnabled());

    f.https->click();
    EXPECT_EQ(f.port->text(), QStringLiteral("5985")); // the port follows the protocol
    EXPECT_TRUE(f.warning->isVisible());
    EXPECT_TRUE(f.warning->text().contains(QStringLiteral("clear text")));
    EXPECT_TRUE(f.consent->isVisible());
    EXPECT_FALSE(f.consent->isChecked());
    EXPECT_FALSE(f.connect->isEnabled());
    dialog.accept(); // Enter, or a script, cannot get around the button
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.takeBackend());

    f.consent->click();
    EXPECT_TRUE(f.connect->isEnabled());
    EXPECT_EQ(dialog.uri(), QStringLiteral("wsman+http://paladin:5985"));
    f.connect->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    std::unique_ptr<HostBackend> backend = dialog.takeBackend();
    ASSERT_TRUE(backend);
    EXPECT_EQ(backend->uri(), QStringLiteral("wsman+http://paladin:5985"));
}

TEST(ConnectDialogTest, BackToHttpsForgetsTheConsentAndKeepsAChosenPort)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    dialog.show();
    HyperVFields f(dialog);
    f.typeHost(QStringLiteral("paladin"));
    f.https->click();
    f.consent->click();
    f.https->click(); // HTTPS again
    EXPECT_EQ(f.port->text(), QStringLiteral("5986"));
    EXPECT_FALSE(f.consent->isChecked());
    EXPECT_TRUE(f.warning->isHidden());
    f.typePort(QStringLiteral("8443"));
    f.https->click();
    EXPECT_EQ(f.port->text(), QStringLiteral("8443")); // the user's port stays
    EXPECT_FALSE(f.connect->isEnabled());              // and consent is asked again
}

TEST(ConnectDialogTest, ABadHostOrPortIsNamedInline)
{
    const BackendFactory factory = wsmanFactory();
    ConnectDialog dialog(&factory);
    HyperVFields f(dialog);
    f.typeHost(QStringLiteral("bad host"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Host name: 'bad host' is not a host name or IP address.")))
        << dialog.errorText().toStdString();
    EXPECT_EQ(f.host->text(), QStringLiteral("bad host")); // kept for correction

    f.typeHost(QStringLiteral("crusader:5986"));
    dialog.accept();
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("the port goes in Port"))) << dialog.errorText().toStdString();

    f.typeHost(QStringLiteral("999.1.2.3"));
    dialog.accept();
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Host name: '999.1.2.3'"))) << dialog.errorText().toStdString();

    f.host->clear();
    f.radio->setChecked(true);
    dialog.accept();
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Host name: enter the name or address"))) << dialog.errorText().toStdString();

    f.typeHost(QStringLiteral("crusader"));
    EXPECT_TRUE(dialog.errorText().isEmpty()); // typing clears the message
    for (const QString &port : {QStringLiteral("0"), QStringLiteral("65536"), QStringLiteral("https")}) {
        f.typePort(port);
        dialog.accept();
        EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Port: '%1' is not a port number.").arg(port)))
            << dialog.errorText().toStdString();
        EXPECT_NE(dialog.result(), QDialog::Accepted);
    }
    f.port->clear();
    dialog.accept();
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Port: enter the port"))) << dialog.errorText().toStdString();
    EXPECT_FALSE(dialog.takeBackend());
}

TEST(ConnectDialogTest, APortKeepsEveryDigitTyped)
{
    const BackendFactory factory = wsmanFactory();
    ConnectDialog dialog(&factory);
    HyperVFields f(dialog);
    f.typeHost(QStringLiteral("crusader"));
    f.typePort(QStringLiteral("598600")); // one digit too many: not cut to 59860
    EXPECT_EQ(f.port->text(), QStringLiteral("598600"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Port: '598600' is not a port number.")))
        << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("1 to 65535"))) << dialog.errorText().toStdString();
    EXPECT_EQ(f.port->text(), QStringLiteral("598600"));
    EXPECT_FALSE(dialog.takeBackend());
}

TEST(ConnectDialogTest, AWsmanUriFromTheHistoryFillsTheHyperVFields)
{
    const BackendFactory factory = simFactory();
    ConnectDialog dialog(&factory);
    HyperVFields f(dialog);
    dialog.setUri(QStringLiteral("wsman+http://paladin.example.com:15985"));
    EXPECT_TRUE(f.radio->isChecked());
    EXPECT_EQ(f.host->text(), QStringLiteral("paladin.example.com"));
    EXPECT_EQ(f.port->text(), QStringLiteral("15985"));
    EXPECT_FALSE(f.https->isChecked());
    EXPECT_FALSE(f.connect->isEnabled()); // plain HTTP still needs "I understand"
    dialog.setUri(QStringLiteral("wsman+https://crusader"));
    EXPECT_EQ(f.port->text(), QStringLiteral("5986"));
    EXPECT_EQ(dialog.uri(), QStringLiteral("wsman+https://crusader:5986"));
    // What the fields cannot hold stays a URI.
    dialog.setUri(QStringLiteral("wsman+https://crusader:5986/wsman?x=1"));
    EXPECT_TRUE(dialog.findChild<QRadioButton *>(QStringLiteral("otherRadio"))->isChecked());
    EXPECT_EQ(dialog.uri(), QStringLiteral("wsman+https://crusader:5986/wsman?x=1"));
}
