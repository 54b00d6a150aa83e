#pragma once

#include <wsman/CimInstance.h>
#include <wsman/Namespaces.h>

#include <QList>
#include <QString>
#include <QStringList>

// Small helpers to write typed WMI property values (the CIM-XML TYPE is kept for embedded
// instances) and to read them with defaults.
namespace hvdesk::hyperv::cim {

inline wsman::CimValue str(const QString &v)
{
    return wsman::CimValue(v, QStringLiteral("string"));
}
inline wsman::CimValue u16(qint64 v)
{
    return wsman::CimValue(QString::number(v), QStringLiteral("uint16"));
}
inline wsman::CimValue u32(qint64 v)
{
    return wsman::CimValue(QString::number(v), QStringLiteral("uint32"));
}
inline wsman::CimValue u64(quint64 v)
{
    return wsman::CimValue(QString::number(v), QStringLiteral("uint64"));
}
inline wsman::CimValue s32(qint64 v)
{
    return wsman::CimValue(QString::number(v), QStringLiteral("sint32"));
}
inline wsman::CimValue boolean(bool v)
{
    return wsman::CimValue(v ? QStringLiteral("true") : QStringLiteral("false"), QStringLiteral("boolean"));
}
inline wsman::CimValue strings(const QStringList &v)
{
    return wsman::CimValue::array(v, QStringLiteral("string"));
}
inline wsman::CimValue u16s(const QList<int> &v)
{
    QStringList texts;
    for (int i : v)
        texts << QString::number(i);
    return wsman::CimValue::array(texts, QStringLiteral("uint16"));
}

inline QString uri(QLatin1String wmiNamespace, QLatin1String className)
{
    return wsman::wmiResourceUri(wmiNamespace, QString(className));
}

inline QString text(const wsman::CimInstance &i, const QString &name, const QString &fallback = {})
{
    return i.string(name).value_or(fallback);
}
inline qint64 integer(const wsman::CimInstance &i, const QString &name, qint64 fallback = 0)
{
    return i.int64(name).value_or(fallback);
}
inline quint64 uinteger(const wsman::CimInstance &i, const QString &name, quint64 fallback = 0)
{
    return i.uint64(name).value_or(fallback);
}
inline bool flag(const wsman::CimInstance &i, const QString &name, bool fallback = false)
{
    return i.boolean(name).value_or(fallback);
}

} // namespace hvdesk::hyperv::cim
