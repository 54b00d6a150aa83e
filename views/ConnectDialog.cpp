#include "ConnectDialog.h"

#include "MinimumSize.h"
#include "NumberEdit.h"

#include <models/BackendFactory.h>
#include <models/HostBackend.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace hvdesk {

static const QString DemoUri = QStringLiteral("sim:demo");
static const QString LocalUri = QStringLiteral("qemu:///system");
static const QString HttpsScheme = QStringLiteral("wsman+https");
static const QString HttpScheme = QStringLiteral("wsman+http");

namespace {

// A DNS name (RFC 1123 labels) that is not a malformed IPv4 address.
bool isHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    static const QRegularExpression Label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    static const QRegularExpression Numeric(QStringLiteral("^[0-9.]+$"));
    if (Numeric.match(host).hasMatch())
        return false; // digits and dots are an address or nothing
    const QStringList labels = host.split(QLatin1Char('.'));
    return std::all_of(labels.begin(), labels.end(), [](const QString &l) { return Label.match(l).hasMatch(); });
}

QPalette errorPalette(QPalette pal)
{
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    return pal;
}

} // namespace

ConnectDialog::ConnectDialog(const BackendFactory *factory, QWidget *parent)
    : QDialog(parent)
    , m_factory(factory)
    , m_demo(new QRadioButton(tr("&Demo: the built-in simulator (a two-node cluster and a standalone host)"), this))
    , m_local(new QRadioButton(tr("&Local computer: KVM/QEMU virtual machines through libvirt (%1)").arg(LocalUri), this))
    , m_hyperV(new QRadioButton(tr("&Another computer (Hyper-V over WS-Management):"), this))
    , m_other(new QRadioButton(tr("Server &URI:"), this))
    , m_hyperVBox(new QWidget(this))
    , m_host(new QLineEdit(this))
    , m_port(new NumberEdit(this))
    , m_https(new QCheckBox(tr("Use &HTTPS (recommended)"), this))
    , m_httpWarning(new QLabel(this))
    , m_httpConsent(new QCheckBox(tr("&I understand: send the password and all traffic unencrypted"), this))
    , m_user(new QLineEdit(this))
    , m_uri(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Server"));
    m_demo->setObjectName(QStringLiteral("demoRadio"));
    m_other->setObjectName(QStringLiteral("otherRadio"));
    m_local->setObjectName(QStringLiteral("localRadio"));
    m_hyperV->setObjectName(QStringLiteral("hyperVRadio"));
    const bool localOffered = factory->schemes().contains(BackendFactory::schemeOf(LocalUri));
    m_local->setEnabled(localOffered);
    m_local->setToolTip(localOffered ? tr("Manages this computer's libvirt system instance. Without access to it, connect to "
                                          "qemu:///session by its URI.")
                                     : tr("This build of hvdesk has no libvirt backend."));

    // --- Another computer: Hyper-V over WS-Management ---
    m_host->setObjectName(QStringLiteral("wsmanHost"));
    m_host->setAccessibleName(tr("Host name"));
    m_host->setPlaceholderText(tr("hyperv01.example.com or 192.0.2.10"));
    m_port->setObjectName(QStringLiteral("wsmanPort"));
    m_port->setAccessibleName(tr("Port"));
    // Every digit typed is kept (no length cap): 598600 is refused as a port, not cut to 59860.
    m_port->setFieldLabel(tr("Port"));
    m_port->setField(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(HttpsPort);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_https->setObjectName(QStringLiteral("wsmanHttps"));
    m_https->setChecked(true);
    m_https->setToolTip(tr("WinRM over HTTPS (port 5986): the host's certificate is verified, and the password and "
                           "traffic are encrypted."));
    m_httpWarning->setObjectName(QStringLiteral("wsmanHttpWarning"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setPalette(errorPalette(m_httpWarning->palette()));
    m_httpWarning->setText(tr("Without HTTPS the user name and password (Basic authentication) and everything hvdesk and "
                              "the host exchange cross the network in clear text, readable by anyone on the path. The host "
                              "must also allow it (WinRM service settings AllowUnencrypted and Basic). Use it only on a "
                              "network you trust, such as an isolated lab."));
    m_httpConsent->setObjectName(QStringLiteral("wsmanHttpConsent"));
    m_user->setObjectName(QStringLiteral("wsmanUser"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("HOST\\Administrator or user@domain"));
    auto *userHint = new QLabel(tr("The password is read from the system keychain, or asked when connecting."), this);
    userHint->setObjectName(QStringLiteral("wsmanUserHint"));
    userHint->setWordWrap(true);
    QFont small = userHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    userHint->setFont(small);

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    // A grid rather than a form: it gives the wrapped warning the height it needs.
    auto *hyperVForm = new QGridLayout(m_hyperVBox);
    hyperVForm->setContentsMargins(24, 0, 0, 0);
    hyperVForm->setColumnStretch(1, 1);
    auto *hostLabel = new QLabel(tr("Host &name:"), this);
    hostLabel->setBuddy(m_host);
    hyperVForm->addWidget(hostLabel, 0, 0);
    hyperVForm->addLayout(hostRow, 0, 1);
    hyperVForm->addWidget(m_port->errorLabel(), 1, 1);
    hyperVForm->addWidget(m_https, 2, 1);
    hyperVForm->addWidget(m_httpWarning, 3, 1);
    hyperVForm->addWidget(m_httpConsent, 4, 1);
    auto *userLabel = new QLabel(tr("U&ser name:"), this);
    userLabel->setBuddy(m_user);
    hyperVForm->addWidget(userLabel, 5, 0);
    hyperVForm->addWidget(m_user, 5, 1);
    hyperVForm->addWidget(userHint, 6, 1);
    m_httpWarning->setVisible(false);
    m_httpConsent->setVisible(false);

    // --- Any URI ---
    m_uri->setObjectName(QStringLiteral("uriCombo"));
    m_uri->setEditable(true);
    m_uri->setInsertPolicy(QComboBox::NoInsert);
    m_uri->setMinimumContentsLength(40);
    m_uri->setAccessibleName(tr("Server URI"));
    m_uri->lineEdit()->setPlaceholderText(tr("e.g. sim:/path/topology.json or wsman+https://host:5986"));
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setPalette(errorPalette(m_error->palette()));

    // One line per backend: a backend registers several URI schemes under one description, which
    // already shows its URI forms as examples.
    QStringList lines;
    for (const QString &scheme : factory->schemes()) {
        const QString line = QStringLiteral("• ") + factory->description(scheme).toHtmlEscaped();
        if (!lines.contains(line))
            lines << line;
    }
    auto *help = new QLabel(tr("Connections this build of hvdesk can open:") + QStringLiteral("<br>")
                                + lines.join(QStringLiteral("<br>")),
                            this);
    help->setObjectName(QStringLiteral("connectHelp"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("C&onnect"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select the server to manage:"), this));
    layout->addWidget(m_demo);
    layout->addWidget(m_local);
    layout->addWidget(m_hyperV);
    layout->addWidget(m_hyperVBox);
    layout->addWidget(m_other);
    layout->addWidget(m_uri);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(help);
    layout->addStretch();
    layout->addWidget(buttons);
    keepMinimumSizeForContents(this); // the clear-text warning and the help wrap

    connect(m_other, &QRadioButton::toggled, m_uri, &QWidget::setEnabled);
    connect(m_uri, &QComboBox::editTextChanged, this, [this] {
        m_other->setChecked(true);
        m_error->setVisible(false);
    });
    // Typing in a Hyper-V field chooses that computer.
    for (QLineEdit *edit : {m_host, static_cast<QLineEdit *>(m_port), m_user}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_hyperV->setChecked(true);
            m_error->setVisible(false);
        });
    }
    connect(m_https, &QCheckBox::toggled, this, &ConnectDialog::onHttpsToggled);
    connect(m_httpConsent, &QCheckBox::toggled, this, &ConnectDialog::updateConnectButton);
    for (QRadioButton *radio : {m_demo, m_local, m_hyperV, m_other})
        connect(radio, &QRadioButton::toggled, this, &ConnectDialog::updateConnectButton);
    m_demo->setChecked(true);
    m_uri->setEnabled(false);
    updateConnectButton();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::onHttpsToggled(bool https)
{
    // The port follows the protocol unless the user chose another one.
    const QString from = QString::number(https ? HttpPort : HttpsPort);
    if (m_port->text().trimmed().isEmpty() || m_port->text().trimmed() == from)
        m_port->setText(QString::number(https ? HttpsPort : HttpPort));
    m_httpWarning->setVisible(!https);
    m_httpConsent->setVisible(!https);
    if (https)
        m_httpConsent->setChecked(false); // consent is given for one choice, not kept for later
    m_error->setVisible(false);
    updateConnectButton();
}

void ConnectDialog::updateConnectButton()
{
    const bool unconsentedHttp = m_hyperV->isChecked() && !m_https->isChecked() && !m_httpConsent->isChecked();
    m_connect->setEnabled(!unconsentedHttp);
    m_connect->setToolTip(unconsentedHttp ? tr("Check \"I understand\" to connect without HTTPS, or use HTTPS.") : QString());
}

void ConnectDialog::setHistory(const QStringList &uris)
{
    m_uri->clear();
    m_uri->addItems(uris);
    m_uri->setCurrentIndex(-1);
    m_demo->setChecked(true);
}

void ConnectDialog::setUri(const QString &uri)
{
    if (uri == DemoUri) {
        m_demo->setChecked(true);
        return;
    }
    if (uri == LocalUri && m_local->isEnabled()) {
        m_local->setChecked(true);
        return;
    }
    const QUrl url(uri, QUrl::StrictMode);
    const bool https = url.scheme() == HttpsScheme;
    if (url.isValid() && (https || url.scheme() == HttpScheme) && !url.host().isEmpty()
        && (url.path().isEmpty() || url.path() == QLatin1String("/")) && url.userInfo().isEmpty() && !url.hasQuery()) {
        m_https->setChecked(https);
        m_host->setText(url.host());
        m_port->setText(QString::number(url.port(https ? HttpsPort : HttpPort)));
        m_hyperV->setChecked(true);
        return;
    }
    m_other->setChecked(true);
    m_uri->setEditText(uri);
}

QString ConnectDialog::hostText(Error *error) const
{
    QString host = m_host->text().trimmed();
    Error e;
    e.field = QStringLiteral("host");
    if (host.isEmpty()) {
        e.message = tr("Host name: enter the name or address of the Hyper-V host.");
        e.fix = tr("For example hyperv01.example.com or 192.0.2.10.");
    } else {
        const QString bare = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')) ? host.mid(1, host.size() - 2) : host;
        const QHostAddress address(bare);
        if (address.protocol() == QAbstractSocket::IPv6Protocol)
            return QLatin1Char('[') + address.toString() + QLatin1Char(']');
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address.toString();
        if (isHostName(host))
            return host.toLower(); // host names compare without case, as URLs do
        e.message = tr("Host name: '%1' is not a host name or IP address.").arg(host);
        e.fix = host.contains(QLatin1Char(':')) || host.contains(QLatin1Char('/'))
            ? tr("Enter only the name or address (crusader or crusader.example.com); the port goes in Port.")
            : tr("A host name has letters, digits and hyphens, in labels separated by dots, for example crusader.example.com.");
    }
    if (error)
        *error = e;
    return QString();
}

QString ConnectDialog::hyperVUri(Error *error) const
{
    const QString host = hostText(error);
    if (host.isEmpty())
        return QString();
    bool ok = false;
    const int port = m_port->text().trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        if (error) {
            error->field = QStringLiteral("port");
            error->message = m_port->text().trimmed().isEmpty()
                ? tr("Port: enter the port of the host's WinRM listener.")
                : tr("Port: '%1' is not a port number.").arg(m_port->text().trimmed());
            error->fix = tr("A number from 1 to 65535: WinRM listens on 5986 for HTTPS and 5985 for HTTP.");
        }
        return QString();
    }
    return (m_https->isChecked() ? HttpsScheme : HttpScheme) + QStringLiteral("://") + host + QLatin1Char(':')
        + QString::number(port);
}

QString ConnectDialog::hyperVEndpoint() const
{
    const QString uri = hyperVUri();
    return uri.isEmpty() ? QString() : uri.section(QStringLiteral("://"), 1);
}

QString ConnectDialog::hyperVUser() const
{
    return m_user->text().trimmed();
}

QString ConnectDialog::uri() const
{
    if (m_demo->isChecked())
        return DemoUri;
    if (m_local->isChecked())
        return LocalUri;
    if (m_hyperV->isChecked())
        return hyperVUri();
    return m_uri->currentText().trimmed();
}

std::unique_ptr<HostBackend> ConnectDialog::takeBackend()
{
    return std::move(m_backend);
}

QString ConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConnectDialog::showError(const Error &error)
{
    m_error->setText(error.text());
    m_error->setVisible(true);
    if (error.field == QLatin1String("host"))
        m_host->setFocus();
    else if (error.field == QLatin1String("port"))
        m_port->setFocus();
}

void ConnectDialog::accept()
{
    if (!m_connect->isEnabled())
        return; // plain HTTP without "I understand"
    Error error;
    QString target;
    if (m_hyperV->isChecked()) {
        target = hyperVUri(&error);
        if (target.isEmpty()) {
            showError(error);
            return;
        }
        emit userChosen(hyperVEndpoint(), hyperVUser());
    } else {
        target = uri();
    }
    if (target.isEmpty()) {
        error.field = QStringLiteral("uri");
        error.message = tr("Server: enter a URI.");
        error.fix = tr("For example sim:demo.");
    } else {
        m_backend = m_factory->create(target, &error);
    }
    if (!m_backend) {
        showError(error);
        if (!m_hyperV->isChecked()) {
            m_other->setChecked(true);
            m_uri->setEditText(target);
            m_uri->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace hvdesk
