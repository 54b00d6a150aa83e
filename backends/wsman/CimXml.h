#pragma once

#include <wsman/CimInstance.h>

#include <models/Error.h>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace hvdesk::wsman {

// CIM-XML (DMTF DSP0201) INSTANCE elements: how WMI embeds an object in a string, in Invoke
// parameters (ResourceSettings, FeatureSettings, MigrationSettingData) and in properties such as
// Msvm_KvpExchangeComponent.GuestIntrinsicExchangeItems.
//
//   <INSTANCE CLASSNAME="Msvm_X"><PROPERTY NAME="A" TYPE="string"><VALUE>v</VALUE></PROPERTY>
//   <PROPERTY.ARRAY NAME="B" TYPE="uint16"><VALUE.ARRAY><VALUE>1</VALUE></VALUE.ARRAY></PROPERTY.ARRAY></INSTANCE>
//
// A null property has no VALUE. Types are kept in CimValue::cimType (default "string").
// References (PROPERTY.REFERENCE) are written as WMI object paths in a string property, which
// is what Hyper-V's own embedded instances carry (Parent, HostResource).
class CimXml
{
    Q_DECLARE_TR_FUNCTIONS(CimXml)

public:
    static QString write(const CimInstance &instance);
    // The instance in `text`; on failure a null instance and an error with line and column.
    static CimInstance read(QStringView text, Error *error);
    static CimInstance readUtf8(QByteArrayView text, Error *error);
    // Cheap test whether a string is CIM-XML worth decoding.
    static bool looksLikeInstance(QStringView text);
    static bool looksLikeInstance(QByteArrayView utf8);
};

} // namespace hvdesk::wsman
