#pragma once

#include <models/Diagnostic.h>

#include <QFrame>

class QVBoxLayout;

namespace hvdesk {

// Inline, non-blocking notes beside the controls they are about: one row per note, the
// style's information or warning icon in front, the fix after the text. Hidden when there is
// nothing to say.
class AdvisorNotes : public QFrame
{
    Q_OBJECT

public:
    explicit AdvisorNotes(QWidget *parent = nullptr);

    void setNotes(const Diagnostics &notes);
    const Diagnostics &notes() const { return m_notes; }
    // All notes as plain text, one per line.
    QString text() const;

private:
    Diagnostics m_notes;
    QVBoxLayout *m_layout;
};

} // namespace hvdesk
