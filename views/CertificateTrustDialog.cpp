#include "CertificateTrustDialog.h"

#include "MinimumSize.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hvdesk {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

QString CertificateTrustDialog::wrappedFingerprint(const QString &sha256)
{
    const QStringList pairs = sha256.split(QLatin1Char(':'));
    if (pairs.size() <= 16)
        return sha256;
    return pairs.mid(0, 16).join(QLatin1Char(':')) + QStringLiteral(":\n") + pairs.mid(16).join(QLatin1Char(':'));
}

CertificateTrustDialog::CertificateTrustDialog(const CertificateQuestion &question, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
    , m_fingerprint(valueLabel(wrappedFingerprint(question.sha256), this))
    , m_trust(new QPushButton(tr("&Trust and Connect"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("certificateTrustDialog"));
    setWindowTitle(tr("Verify the Certificate of %1").arg(question.endpoint));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    auto *headline
        = new QLabel(tr("hvdesk cannot confirm that %1 is the host it claims to be.").arg(question.endpoint), this);
    headline->setObjectName(QStringLiteral("certificateHeadline"));
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);

    QStringList problems;
    for (const QString &p : question.problems)
        problems << QStringLiteral("• ") + p;
    auto *problemLabel = valueLabel(problems.isEmpty()
            ? tr("The certificate is not trusted by this computer.")
            : tr("The certificate's problems:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')),
        this);
    problemLabel->setObjectName(QStringLiteral("certificateProblems"));

    m_fingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    m_fingerprint->setToolTip(question.sha256);

    const QLocale locale;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Server:"), valueLabel(question.endpoint, this));
    form->addRow(tr("Issued to:"), valueLabel(question.subject, this));
    form->addRow(tr("Issued by:"), valueLabel(question.issuer, this));
    form->addRow(tr("Valid:"),
        valueLabel(tr("from %1 to %2")
                       .arg(locale.toString(question.validFrom.toLocalTime(), QLocale::ShortFormat),
                           locale.toString(question.validTo.toLocalTime(), QLocale::ShortFormat)),
            this));
    form->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);

    auto *compare = new QLabel(
        tr("<p>Trust the certificate only if this fingerprint is the host's. To see the host's certificates, in "
           "PowerShell on the host:</p>"
           "<p style=\"margin-left:18px; white-space:pre\"><code>Get-ChildItem Cert:\\LocalMachine\\My | Format-List "
           "Subject, Thumbprint</code></p>"
           "<p>lists each one with its SHA-1 thumbprint. For the SHA-256 fingerprint, export the certificate and run "
           "<code>certutil -dump</code> on the file: compare the line <i>Cert Hash(sha256)</i>.</p>"
           "<p>If you trust it, hvdesk remembers this certificate for %1 and connects without asking again. Should the "
           "host later present a different certificate, hvdesk refuses to connect and says so; if the change was "
           "expected, remove the old one in Tools &gt; Trusted Certificates.</p>")
            .arg(question.endpoint.toHtmlEscaped()),
        this);
    compare->setObjectName(QStringLiteral("certificateAdvice"));
    compare->setWordWrap(true);
    compare->setTextFormat(Qt::RichText);

    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_cancel->setObjectName(QStringLiteral("cancelTrustButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    // Enter must not trust a certificate by accident.
    m_trust->setAutoDefault(false);
    m_trust->setDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(problemLabel);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(compare);
    layout->addStretch();
    layout->addWidget(buttons);
    // As tall as the wrapped text needs at a readable width, not taller.
    constexpr int Width = 680;
    setMinimumWidth(640);
    keepMinimumSizeForContents(this);
    resize(Width, layout->totalHeightForWidth(Width));
}

void CertificateTrustDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_cancel->setFocus(); // keyboard focus on the safe answer too, not only Enter
}

} // namespace hvdesk
