#include "ConnectDialog.h"

#include <models/BackendFactory.h>
#include <models/HostBackend.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hvdesk {

static const QString DemoUri = QStringLiteral("sim:demo");
static const QString LocalUri = QStringLiteral("qemu:///system");

ConnectDialog::ConnectDialog(const BackendFactory *factory, QWidget *parent)
    : QDialog(parent)
    , m_factory(factory)
    , m_demo(new QRadioButton(tr("&Demo: the built-in simulator (a two-node cluster and a standalone host)"), this))
    , m_local(new QRadioButton(tr("&Local computer: KVM/QEMU virtual machines through libvirt (%1)").arg(LocalUri), this))
    , m_other(new QRadioButton(tr("&Another computer:"), this))
    , m_uri(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Server"));
    m_demo->setObjectName(QStringLiteral("demoRadio"));
    m_other->setObjectName(QStringLiteral("otherRadio"));
    m_local->setObjectName(QStringLiteral("localRadio"));
    const bool localOffered = factory->schemes().contains(BackendFactory::schemeOf(LocalUri));
    m_local->setEnabled(localOffered);
    m_local->setToolTip(localOffered ? tr("Manages this computer's libvirt system instance. Without access to it, connect to "
                                          "qemu:///session as another computer.")
                                     : tr("This build of hvdesk has no libvirt backend."));
    m_uri->setObjectName(QStringLiteral("uriCombo"));
    m_uri->setEditable(true);
    m_uri->setInsertPolicy(QComboBox::NoInsert);
    m_uri->setMinimumContentsLength(40);
    m_uri->setAccessibleName(tr("Server URI"));
    m_uri->lineEdit()->setPlaceholderText(tr("e.g. sim:/path/topology.json or wsman+https://host:5986"));
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(pal);

    QStringList lines;
    for (const QString &scheme : factory->schemes())
        lines << QStringLiteral("• ") + factory->description(scheme).toHtmlEscaped();
    auto *help = new QLabel(tr("Connections this build of hvdesk can open:") + QStringLiteral("<br>")
                                + lines.join(QStringLiteral("<br>")),
                            this);
    help->setObjectName(QStringLiteral("connectHelp"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select the server to manage:"), this));
    layout->addWidget(m_demo);
    layout->addWidget(m_local);
    layout->addWidget(m_other);
    layout->addWidget(m_uri);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(help);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_other, &QRadioButton::toggled, m_uri, &QWidget::setEnabled);
    connect(m_uri, &QComboBox::editTextChanged, this, [this] {
        m_other->setChecked(true);
        m_error->setVisible(false);
    });
    m_demo->setChecked(true);
    m_uri->setEnabled(false);
}

ConnectDialog::~ConnectDialog() = default;

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
    m_other->setChecked(true);
    m_uri->setEditText(uri);
}

QString ConnectDialog::uri() const
{
    if (m_demo->isChecked())
        return DemoUri;
    if (m_local->isChecked())
        return LocalUri;
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

void ConnectDialog::accept()
{
    Error error;
    const QString target = uri();
    if (target.isEmpty()) {
        error.field = QStringLiteral("uri");
        error.message = tr("Server: enter a URI.");
        error.fix = tr("For example sim:demo.");
    } else {
        m_backend = m_factory->create(target, &error);
    }
    if (!m_backend) {
        m_error->setText(error.text());
        m_error->setVisible(true);
        m_other->setChecked(true);
        m_uri->setEditText(target);
        m_uri->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace hvdesk
