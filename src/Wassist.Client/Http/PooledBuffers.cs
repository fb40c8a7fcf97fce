// CUSTOM: the shared array pool behind request and response bodies (pooled on .NET, plain arrays on netstandard2.0).
#if !NETSTANDARD2_0
using System.Buffers;
#endif
using Newtonsoft.Json;

namespace Wassist
{
    /// <summary>
    /// Buffers for bodies and the JSON reader, from the shared <c>ArrayPool</c> on .NET, so reading a response costs
    /// no allocation of its size. netstandard2.0 has no shared pool without an extra package: there it allocates.
    /// </summary>
    internal static class PooledBuffers
    {
        /// <summary>For <see cref="JsonTextReader.ArrayPool"/> and <see cref="JsonTextWriter.ArrayPool"/>.</summary>
        internal static readonly IArrayPool<char>? Json =
#if NETSTANDARD2_0
            null;
#else
            new JsonCharPool();
#endif

        internal static T[] Rent<T>(int minimumLength) =>
#if NETSTANDARD2_0
            new T[minimumLength];
#else
            ArrayPool<T>.Shared.Rent(minimumLength);
#endif

        internal static void Return<T>(T[]? array)
        {
#if !NETSTANDARD2_0
            if (array is not null)
            {
                ArrayPool<T>.Shared.Return(array);
            }
#endif
        }

#if !NETSTANDARD2_0
        private sealed class JsonCharPool : IArrayPool<char>
        {
            public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

            public void Return(char[]? array) => PooledBuffers.Return(array);
        }
#endif
    }
}
