#pragma once

#include <models/Diagnostic.h>

#include <QLabel>

namespace hvdesk {

// Inline, non-blocking notes beside the controls they are about: one line per note, an
// information or warning mark in front, the fix after it. Hidden when there is nothing to say.
class AdvisorNotes : public QLabel
{
    Q_OBJECT

public:
    explicit AdvisorNotes(QWidget *parent = nullptr);

    void setNotes(const Diagnostics &notes);
    const Diagnostics &notes() const { return m_notes; }

private:
    Diagnostics m_notes;
};

} // namespace hvdesk
