#pragma once

#include <QList>
#include <QString>

namespace hvdesk {

// A dotted version such as 6.2.9200.16433, compared number by number, never as text.
class Version
{
public:
    Version() = default;
    // Parses "6.2.9200.16433"; an empty or malformed text gives an invalid Version and, in
    // *whyNot, the reason.
    static Version parse(const QString &text, QString *whyNot = nullptr);

    bool isValid() const { return !m_parts.isEmpty(); }
    // All four parts (major.minor.build.revision), as hosts and guests report integration
    // services versions; "6.2" is valid but incomplete and must not be compared as 6.2.0.0.
    bool isComplete() const { return m_parts.size() == FullParts; }
    static constexpr int FullParts = 4;
    const QList<quint32> &parts() const { return m_parts; }
    QString toString() const;

    // -1, 0, 1; missing trailing parts count as 0 (6.2 == 6.2.0.0).
    static int compare(const Version &a, const Version &b);

    bool operator==(const Version &o) const { return compare(*this, o) == 0; }
    bool operator<(const Version &o) const { return compare(*this, o) < 0; }
    bool operator>(const Version &o) const { return compare(*this, o) > 0; }

private:
    QList<quint32> m_parts;
};

} // namespace hvdesk
