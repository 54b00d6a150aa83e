// The heap setting hvdesk and hvdesk-simd make at start: large envelopes come from the heap, and
// freed memory stays there for the next burst instead of going back to the kernel.
#include <wsman/Heap.h>

#include <gtest/gtest.h>

#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#endif

TEST(Heap, EnvelopeSizedBlocksComeFromTheHeapAndStayThere)
{
#ifdef __GLIBC__
    hvdesk::wsman::keepHeapForEnvelopes();
    const struct mallinfo2 before = mallinfo2();
    void *envelope = std::malloc(2 * 1024 * 1024); // glibc would map this afresh by default
    ASSERT_NE(envelope, nullptr);
    static_cast<char *>(envelope)[0] = 1;
    EXPECT_EQ(mallinfo2().hblks, before.hblks) << "not a mapping of its own";
    std::free(envelope);
    const struct mallinfo2 after = mallinfo2();
    EXPECT_GE(after.arena, before.arena + 2 * 1024 * 1024) << "the freed block stays in the heap";
#else
    GTEST_SKIP() << "the setting is glibc's";
#endif
}
