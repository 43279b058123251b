using System.Runtime.InteropServices;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>
/// Keeps the process's native memory from staying grown after bursts of uncached responses. Each response
/// compressed on the fly (a 404, an uncached page) gets a Brotli or gzip encoder whose buffers are native
/// allocations, made on whichever thread serves the request.
/// <list type="bullet">
/// <item>glibc raises its mmap threshold each time a large block is freed, so later ones are carved from its
/// heap and stay resident once freed (measured by bench/fuzz-memory.sh: 176 MB after 100,000 fuzzed requests,
/// against 143 MB with the threshold fixed). Fixing the threshold at 128 KiB makes every large block its own
/// mapping, returned to the system when freed. Cached pages are not compressed again, so the extra mmap/munmap
/// calls cost nothing on the hot path.</item>
/// <item>glibc gives a thread its own arena (up to eight per core) when another holds the lock, and each arena
/// keeps what was freed in it; the smaller encoder blocks spread over many arenas stayed resident. Two arenas
/// are enough for a server whose only native allocations are those encoders (about 4 MB less after the same
/// 100,000 requests, bench/notes.md).</item>
/// </list>
/// </summary>
internal static partial class NativeMemory
{
    private const int ArenaMax = -8; // M_ARENA_MAX in glibc's malloc.h
    private const int MmapThreshold = -3; // M_MMAP_THRESHOLD
    private const int Arenas = 2;
    private const int Threshold = 128 * 1024;

    /// <summary>Sets both on Linux with glibc; elsewhere does nothing, and a setting given in the environment (MALLOC_ARENA_MAX, MALLOC_MMAP_THRESHOLD_) is left as given.</summary>
    public static void Bound()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            if (Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") is null)
            {
                _ = MallOpt(MmapThreshold, Threshold);
            }

            if (Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null)
            {
                _ = MallOpt(ArenaMax, Arenas);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another C library (musl) has no mallopt; its allocator does not grow this way.
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int parameter, int value);
}
