#include "QtPrinters.h"

#include <models/Format.h>

#include <gtest/gtest.h>

using namespace hvdesk;

TEST(FormatTest, UptimeLikeHyperVManager)
{
    EXPECT_EQ(Format::uptime(0), QString());
    EXPECT_EQ(Format::uptime(5 * 60 * 1000), QStringLiteral("00:05:00"));
    EXPECT_EQ(Format::uptime((26LL * 3600 + 3 * 60 + 4) * 1000), QStringLiteral("1.02:03:04"));
}

TEST(FormatTest, MemoryInMegabytes)
{
    EXPECT_EQ(Format::memoryMB(2048ULL * 1024 * 1024), QStringLiteral("2,048 MB"));
    EXPECT_EQ(Format::bytes(1536ULL * 1024 * 1024), QStringLiteral("1.5 GB"));
}

TEST(FormatTest, BitRates)
{
    EXPECT_EQ(Format::bitsPerSecond(10'000'000'000ULL), QStringLiteral("10 Gbps"));
    EXPECT_EQ(Format::bitsPerSecond(250'000'000ULL), QStringLiteral("250 Mbps"));
}
