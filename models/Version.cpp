#include "Version.h"

#include <QCoreApplication>

namespace hvdesk {

class VersionText
{
    Q_DECLARE_TR_FUNCTIONS(Version)
public:
    static QString empty() { return tr("no version is reported"); }
    static QString badPart(const QString &part) { return tr("'%1' is not a number").arg(part); }
    static QString tooMany() { return tr("a version has at most four parts"); }
};

Version Version::parse(const QString &text, QString *whyNot)
{
    Version v;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (whyNot)
            *whyNot = VersionText::empty();
        return v;
    }
    const QStringList pieces = trimmed.split(QLatin1Char('.'));
    if (pieces.size() > 4) {
        if (whyNot)
            *whyNot = VersionText::tooMany();
        return v;
    }
    QList<quint32> parts;
    for (const QString &piece : pieces) {
        bool ok = false;
        const uint n = piece.toUInt(&ok);
        // toUInt accepts "+1" and spaces; a version part is digits only.
        bool digitsOnly = !piece.isEmpty();
        for (const QChar ch : piece)
            digitsOnly = digitsOnly && ch.isDigit() && ch.unicode() < 128;
        if (!ok || !digitsOnly) {
            if (whyNot)
                *whyNot = VersionText::badPart(piece);
            return v;
        }
        parts << n;
    }
    v.m_parts = parts;
    return v;
}

QString Version::toString() const
{
    QStringList out;
    for (quint32 p : m_parts)
        out << QString::number(p);
    return out.join(QLatin1Char('.'));
}

int Version::compare(const Version &a, const Version &b)
{
    const qsizetype n = qMax(a.m_parts.size(), b.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const quint32 x = i < a.m_parts.size() ? a.m_parts[i] : 0;
        const quint32 y = i < b.m_parts.size() ? b.m_parts[i] : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace hvdesk
