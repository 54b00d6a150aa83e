#include "Epr.h"

#include "Namespaces.h"

#include <QRegularExpression>

namespace hvdesk::wsman {

QString Epr::selector(const QString &name) const
{
    for (const Selector &s : selectors) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s.value;
    }
    return {};
}

bool Epr::hasSelector(const QString &name) const
{
    for (const Selector &s : selectors) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString Epr::className() const
{
    return classFromResourceUri(resourceUri);
}

Epr Epr::make(const QString &resourceUri, QList<Selector> selectors)
{
    return Epr { QString(AnonymousAddress), resourceUri, std::move(selectors) };
}

// WMI class and namespace names: letters, digits and '_', not starting with a digit.
static bool isIdentifier(QStringView name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')) || c.unicode() > 0x7f)
            return false;
    }
    return true;
}

static bool isNumber(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!(c.isDigit() || (i == 0 && c == QLatin1Char('-'))))
            return false;
    }
    return value != QLatin1String("-");
}

QString Epr::toWmiPath(const QString &host) const
{
    QString path;
    if (!host.isEmpty())
        path = QLatin1String("\\\\") + host + QLatin1Char('\\');
    QString wmiNs = wmiNamespaceOf(resourceUri);
    wmiNs.replace(QLatin1Char('/'), QLatin1Char('\\'));
    path += wmiNs + QLatin1Char(':') + className();
    for (qsizetype i = 0; i < selectors.size(); ++i) {
        const Selector &s = selectors.at(i);
        path += QLatin1Char(i == 0 ? '.' : ',') + s.name + QLatin1Char('=');
        if (isNumber(s.value)) {
            path += s.value;
        } else {
            QString escaped = s.value;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
            path += QLatin1Char('"') + escaped + QLatin1Char('"');
        }
    }
    return path;
}

Epr Epr::fromWmiPath(const QString &path, Error *error, QString *host)
{
    const auto fail = [&](qsizetype pos, const QString &what) {
        if (error) {
            *error = Error { QStringLiteral("wsman.wmi-path"),
                tr("'%1' is not a WMI object path: %2 at character %3.").arg(path, what).arg(pos + 1),
                QStringLiteral("path"), tr("Write it as \\\\HOST\\root\\virtualization\\v2:Class.Key=\"value\".") };
        }
        return Epr {};
    };
    if (error)
        *error = Error {};
    qsizetype pos = 0;
    QString server;
    if (path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"))) {
        const qsizetype end = path.indexOf(QRegularExpression(QStringLiteral("[\\\\/]")), 2);
        if (end < 0)
            return fail(path.size(), tr("no namespace after the host"));
        server = path.mid(2, end - 2);
        pos = end + 1;
    }
    const qsizetype colon = path.indexOf(QLatin1Char(':'), pos);
    if (colon < 0)
        return fail(pos, tr("no ':' between namespace and class"));
    QString wmiNs = path.mid(pos, colon - pos);
    wmiNs.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (wmiNs.isEmpty())
        return fail(pos, tr("the namespace is empty"));
    for (const QStringView segment : QStringView(wmiNs).split(QLatin1Char('/'))) {
        if (!isIdentifier(segment))
            return fail(pos, tr("'%1' is not a namespace name").arg(segment));
    }
    pos = colon + 1;
    qsizetype dot = pos;
    while (dot < path.size() && path.at(dot) != QLatin1Char('.') && path.at(dot) != QLatin1Char('='))
        ++dot;
    const QString className = path.mid(pos, dot - pos);
    if (className.isEmpty())
        return fail(pos, tr("the class name is empty"));
    if (!isIdentifier(className))
        return fail(pos, tr("'%1' is not a class name").arg(className));
    Epr epr = make(wmiResourceUri(wmiNs, className), {});
    pos = dot;
    if (pos < path.size() && path.at(pos) == QLatin1Char('=')) {
        // Singleton: Class=@
        if (path.mid(pos) != QLatin1String("=@"))
            return fail(pos, tr("expected '.' before the keys"));
        pos = path.size();
    } else if (pos < path.size()) {
        ++pos; // '.'
        while (pos < path.size()) {
            const qsizetype eq = path.indexOf(QLatin1Char('='), pos);
            if (eq < 0)
                return fail(pos, tr("a key without '='"));
            const QString name = path.mid(pos, eq - pos).trimmed();
            if (name.isEmpty())
                return fail(pos, tr("a key without a name"));
            pos = eq + 1;
            QString value;
            if (pos < path.size() && path.at(pos) == QLatin1Char('"')) {
                ++pos;
                bool closed = false;
                while (pos < path.size()) {
                    const QChar c = path.at(pos++);
                    if (c == QLatin1Char('\\') && pos < path.size()) {
                        value += path.at(pos++);
                    } else if (c == QLatin1Char('"')) {
                        closed = true;
                        break;
                    } else {
                        value += c;
                    }
                }
                if (!closed)
                    return fail(pos, tr("an unterminated quoted value"));
            } else {
                const qsizetype comma = path.indexOf(QLatin1Char(','), pos);
                const qsizetype end = comma < 0 ? path.size() : comma;
                value = path.mid(pos, end - pos).trimmed();
                if (value.isEmpty())
                    return fail(pos, tr("a key without a value"));
                pos = end;
            }
            epr.selectors.append({ name, value });
            if (pos < path.size()) {
                if (path.at(pos) != QLatin1Char(','))
                    return fail(pos, tr("expected ',' between keys"));
                ++pos;
            }
        }
    }
    if (host)
        *host = server;
    return epr;
}

} // namespace hvdesk::wsman
