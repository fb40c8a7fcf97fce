using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>
/// On .NET the buffers a body is read into come from the shared array pool and go back to it: the ones outgrown while
/// reading, and the last one when the response is disposed, so reading a body again allocates nothing of its size.
/// (netstandard2.0 has no shared pool; there every read allocates.)
/// </summary>
public class BufferPoolingTests
{
    private static readonly byte[] LargeBody = Enumerable.Range(0, 200_000).Select(i => (byte)(i % 251)).ToArray();

    private static async Task ReadAndDispose(byte[] body)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new ForwardOnlyStream(body, chunk: 8192)) };
        await PooledContent.BufferAsync(response, CancellationToken.None);
        Assert.That(((PooledContent)response.Content).Body.Count, Is.EqualTo(body.Length));
    }

    [Test]
    public async Task Reading_a_large_body_again_allocates_far_less_than_the_body()
    {
        // The first read fills the pool with every size the read grows through (16 KiB doubling up to 256 KiB).
        await ReadAndDispose(LargeBody);

        // ForwardOnlyStream completes synchronously, so the whole read runs on this thread.
        var before = GC.GetAllocatedBytesForCurrentThread();
        await ReadAndDispose(LargeBody);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.LessThan(LargeBody.Length / 8), "the outgrown buffers and the final one came back from the pool");
    }
}
