#pragma once

#include <QtPrinters.h>

#include <wsman/CimInstance.h>
#include <wsman/Message.h>

#include <QFile>
#include <QString>

#include <gtest/gtest.h>

#include <ostream>

namespace hvdesk::wsman {
void PrintTo(const CimInstance &instance, std::ostream *os);
void PrintTo(const CimValue &value, std::ostream *os);

inline void PrintTo(const Epr &epr, std::ostream *os)
{
    *os << "Epr{" << epr.resourceUri.toStdString();
    for (const Selector &s : epr.selectors)
        *os << " " << s.name.toStdString() << "=" << s.value.toStdString();
    *os << "}";
}

inline void PrintTo(const CimValue &value, std::ostream *os)
{
    switch (value.kind()) {
    case CimValue::Kind::Null:
        *os << "null";
        break;
    case CimValue::Kind::String:
    case CimValue::Kind::StringArray:
        *os << value.texts().join(QLatin1Char('|')).toStdString();
        break;
    case CimValue::Kind::Reference:
    case CimValue::Kind::ReferenceArray:
        for (const Epr &e : value.eprs())
            PrintTo(e, os);
        break;
    case CimValue::Kind::Instance:
    case CimValue::Kind::InstanceArray:
        for (const CimInstance &i : value.embedded())
            PrintTo(i, os);
        break;
    }
    if (!value.cimType().isEmpty())
        *os << ":" << value.cimType().toStdString();
}

inline void PrintTo(const CimInstance &instance, std::ostream *os)
{
    *os << instance.className().toStdString() << "{";
    for (const CimProperty &p : instance.properties()) {
        *os << p.name.toStdString() << "=";
        PrintTo(p.value, os);
        *os << "; ";
    }
    *os << "}";
}
inline void PrintTo(const Request &r, std::ostream *os)
{
    *os << "Request{op=" << operationName(r.operation).toStdString() << " action=" << r.action.toStdString()
        << " to=" << r.to.toStdString() << " uri=" << r.resourceUri.toStdString() << " id=" << r.messageId.toStdString()
        << " replyTo=" << r.replyTo.toStdString() << " selectors=" << r.selectors.size()
        << " maxEnv=" << r.maxEnvelopeSize << " timeout=" << r.operationTimeoutMs
        << " locale=" << r.locale.toStdString() << " dialect=" << r.filterDialect.toStdString()
        << " filter=" << r.filter.toStdString() << " optimize=" << r.optimizeEnumeration << " max=" << r.maxElements
        << " ctx=" << r.enumerationContext.toStdString() << " method=" << r.method.toStdString()
        << " params=" << r.parameters.size() << " instance=";
    PrintTo(r.instance, os);
    *os << "}";
}
} // namespace hvdesk::wsman

inline QByteArray readTestData(const char *name)
{
    QFile file(QStringLiteral(HVDESK_WSMAN_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot read " << name;
    return file.readAll();
}
