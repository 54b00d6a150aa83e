#include "NumberEdit.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>

namespace hvdesk {

namespace {

QString rangeOf(qint64 minimum, qint64 maximum, const QString &unit, const QString &special)
{
    QString text = NumberEdit::tr("%1 to %2").arg(minimum).arg(maximum);
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    if (!special.isEmpty())
        text = NumberEdit::tr("%1, %2", "range, special value").arg(text, special);
    return text;
}

} // namespace

NumberEdit::NumberEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_errorLabel(new QLabel(parent ? parent : this))
{
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setAccessibleName(tr("Input error"));
    QPalette p = m_errorLabel->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_errorLabel->setPalette(p);
    m_errorLabel->hide();
    connect(this, &QLineEdit::textChanged, this, &NumberEdit::revalidate);
    connect(this, &QObject::objectNameChanged, this,
        [this](const QString &name) { m_errorLabel->setObjectName(name + QStringLiteral("Error")); });
    revalidate();
}

void NumberEdit::setField(const QString &field)
{
    m_field = field;
    revalidate();
}

void NumberEdit::setFieldLabel(const QString &label)
{
    m_label = label;
    revalidate();
}

void NumberEdit::setRange(qint64 minimum, qint64 maximum)
{
    m_minimum = minimum;
    m_maximum = qMax(minimum, maximum);
    revalidate();
}

void NumberEdit::setUnit(const QString &unit)
{
    m_unit = unit;
    revalidate();
}

void NumberEdit::setSpecialValueText(const QString &text)
{
    m_special = text;
    revalidate();
}

void NumberEdit::setValue(qint64 value)
{
    setText(QString::number(value));
}

qint64 NumberEdit::value() const
{
    return m_value;
}

QString NumberEdit::rangeText() const
{
    return rangeOf(m_minimum, m_maximum, m_unit, m_special);
}

Error NumberEdit::check(const QString &text, qint64 minimum, qint64 maximum, const QString &fieldLabel,
    const QString &unit, const QString &special, qint64 *value)
{
    const QString typed = text.trimmed();
    const QString range = rangeOf(minimum, maximum, unit, special);
    Error e;
    e.code = QStringLiteral("input.number");
    e.fix = unit.isEmpty() ? tr("Enter a whole number from %1 to %2.").arg(minimum).arg(maximum)
                           : tr("Enter a whole number from %1 to %2 %3.").arg(minimum).arg(maximum).arg(unit);
    if (typed.isEmpty()) {
        e.message = tr("%1: no value is entered (the range is %2).").arg(fieldLabel, range);
        return e;
    }
    // Digits with an optional sign, in the user's locale (group separators) or plain.
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    bool ok = false;
    qint64 v = QLocale().toLongLong(typed, &ok);
    if (!ok)
        v = typed.toLongLong(&ok);
    if (!ok && integer.match(typed).hasMatch()) {
        // Digits only, but beyond 64 bits: out of range all the same.
        e.message = tr("%1: %2 is out of range (the range is %3).").arg(fieldLabel, typed, range);
        return e;
    }
    if (!ok) {
        e.message = tr("%1: '%2' is not a whole number (the range is %3).").arg(fieldLabel, typed, range);
        return e;
    }
    if (v < minimum || v > maximum) {
        e.message = tr("%1: %2 is out of range (the range is %3).").arg(fieldLabel, typed, range);
        return e;
    }
    if (value)
        *value = v;
    return Error();
}

void NumberEdit::revalidate()
{
    const bool wasValid = isValid();
    qint64 v = 0;
    m_error = check(text(), m_minimum, m_maximum, m_label, m_unit, m_special, &v);
    if (m_error.isNull())
        m_value = v;
    else
        m_error.field = m_field;
    updateDisplay();
    if (wasValid != isValid())
        emit validityChanged(isValid());
}

void NumberEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        updateDisplay();
}

void NumberEdit::updateDisplay()
{
    // A disabled field is not applied: its text, valid or not, is not an error.
    const bool show = !isValid() && isEnabled();
    const QString text = show ? m_error.text() : QString();
    setStyleSheet(show ? QStringLiteral("QLineEdit { border: 2px solid #b00020; }") : QString());
    setToolTip(text);
    setAccessibleDescription(text);
    m_errorLabel->setText(text);
    // Without a parent of its own the label would be a window: then the tooltip says it all.
    m_errorLabel->setVisible(show && m_errorLabel->parentWidget() != this);
}

} // namespace hvdesk
