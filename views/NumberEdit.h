#pragma once

#include <models/Error.h>

#include <QLineEdit>

class QLabel;

namespace hvdesk {

// The one editor for every whole-number field: a line edit that keeps exactly what the user
// typed (no keystroke is blocked, nothing is clamped or cut off) and says, as the user types,
// whether the text is a number in the field's range. An invalid text gets a red frame, the
// error as tooltip and accessible description, and the error below the field (errorLabel(),
// which the owner places in its layout). Pages refuse to apply while a field is invalid and
// name the field, the typed text, the range and the unit (error()).
class NumberEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit NumberEdit(QWidget *parent = nullptr);

    // The label that names the field in messages ("Maximum bandwidth").
    void setFieldLabel(const QString &label);
    QString fieldLabel() const { return m_label; }
    // The key of the field in diagnostics (a page's widgetForField() knows it): "maximumBandwidth".
    void setField(const QString &field);
    QString field() const { return m_field; }
    void setRange(qint64 minimum, qint64 maximum);
    qint64 minimum() const { return m_minimum; }
    qint64 maximum() const { return m_maximum; }
    // The unit after the number in messages ("Mbps"); empty for a plain count.
    void setUnit(const QString &unit);
    QString unit() const { return m_unit; }
    // What a special value means, said with the range: "0 means no limit".
    void setSpecialValueText(const QString &text);
    QString specialValueText() const { return m_special; }

    // Shows `value` (the text becomes its digits).
    void setValue(qint64 value);
    // The number typed; meaningful only while isValid().
    qint64 value() const;
    bool isValid() const { return m_error.isNull(); }
    // Why the text is not accepted: field, message with the typed text, range and unit, fix.
    Error error() const { return m_error; }
    // "1 to 4096 SAs", "0 to 400000 Mbps, 0 means no limit".
    QString rangeText() const;

    // The inline error message; hidden while the text is valid or the field is disabled.
    QLabel *errorLabel() const { return m_errorLabel; }

    // Parses `text` as a whole number in [minimum, maximum]; the error when it is not.
    static Error check(const QString &text, qint64 minimum, qint64 maximum, const QString &fieldLabel,
        const QString &unit, const QString &special, qint64 *value = nullptr);

signals:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void updateDisplay();

    QString m_label;
    QString m_field;
    QString m_unit;
    QString m_special;
    qint64 m_minimum = 0;
    qint64 m_maximum = 0;
    qint64 m_value = 0;
    Error m_error;
    QLabel *m_errorLabel;
};

} // namespace hvdesk
