using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist.Tests.Shared;

/// <summary>
/// A response body as the network delivers it: read once, forward only, at most <paramref name="chunk"/> bytes a
/// read, completing synchronously (the bytes have arrived). With <paramref name="breaksOff"/> the connection drops
/// after the bytes it has: the next read throws, as HttpClient's does for a body cut short.
/// </summary>
internal sealed class ForwardOnlyStream(byte[] body, int chunk = 16 * 1024, bool breaksOff = false) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (breaksOff && _position >= body.Length)
        {
            throw new IOException("The response ended prematurely (test).");
        }

        var read = Math.Min(Math.Min(buffer.Length, chunk), body.Length - _position);
        body.AsSpan(_position, read).CopyTo(buffer);
        _position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        new(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
