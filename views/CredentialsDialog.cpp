#include "CredentialsDialog.h"

#include "MinimumSize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hvdesk {

CredentialsDialog::CredentialsDialog(const QString &endpoint, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_endpoint(endpoint)
    , m_reason(new QLabel(reason, this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Connect to %1").arg(endpoint));

    auto *intro = new QLabel(tr("Enter the credentials of an administrator of %1.").arg(endpoint), this);
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("credentialsReason"));
    m_reason->setWordWrap(true);
    m_reason->setVisible(!reason.isEmpty());
    QFont bold = m_reason->font();
    bold.setBold(true);
    m_reason->setFont(bold);

    m_user->setObjectName(QStringLiteral("credentialsUser"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("HOST\\Administrator or user@domain"));
    m_password->setObjectName(QStringLiteral("credentialsPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("credentialsRemember"));
    m_remember->setToolTip(tr("Keeps the user name and password in the desktop's keychain (GNOME Keyring, KWallet), "
                              "never in hvdesk's settings."));
    m_error->setObjectName(QStringLiteral("credentialsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(pal);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("credentialsConnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CredentialsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
    keepMinimumSizeForContents(this);

    for (QLineEdit *edit : { m_user, m_password })
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    m_user->setFocus();
}

void CredentialsDialog::setUser(const QString &user)
{
    m_user->setText(user);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

void CredentialsDialog::setRememberAvailable(bool available, const QString &whyNot)
{
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
        m_remember->setToolTip(whyNot);
    }
}

Credentials CredentialsDialog::credentials() const
{
    return Credentials { m_user->text().trimmed(), m_password->text() };
}

bool CredentialsDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

QString CredentialsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CredentialsDialog::accept()
{
    QString message;
    QLineEdit *field = nullptr;
    if (m_user->text().trimmed().isEmpty()) {
        // The host's short name makes the example concrete: CRUSADER\Administrator.
        QString host = m_endpoint.left(m_endpoint.lastIndexOf(QLatin1Char(':')));
        host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        const QString example = host.isEmpty() || !QHostAddress(host).isNull()
            ? QStringLiteral("HOST")
            : host.section(QLatin1Char('.'), 0, 0).toUpper();
        message = tr("User name: enter the account to sign in with, for example %1\\Administrator.").arg(example);
        field = m_user;
    } else if (m_password->text().isEmpty()) {
        message = tr("Password: enter the password of %1. Windows refuses network sign-ins of accounts without one.")
                      .arg(m_user->text().trimmed());
        field = m_password;
    }
    if (field) {
        m_error->setText(message);
        m_error->setVisible(true);
        field->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace hvdesk
