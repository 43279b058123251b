using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AsianNatoBrief.TestSupport;

/// <summary>
/// Debian's nginx serving an export folder with the repository's own configuration
/// (<c>deploy/nginx/asiannatobrief/</c>), on 127.0.0.1 only, from a prefix of its own; stopped by its PID.
/// </summary>
public sealed class Nginx : IDisposable
{
    private const string Binary = "/usr/sbin/nginx";
    private const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

    private const int SigTerm = 15;

    private readonly Process process;

    private Nginx(Process process, string prefix, int port)
    {
        this.process = process;
        Prefix = prefix;
        Port = port;
    }

    public string Prefix { get; }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>Whether the Brotli module is there, so that <c>brotli.conf</c> is included and .br files are served.</summary>
    public static bool HasBrotli => File.Exists(BrotliModule);

    public static string ConfigFolder => Path.Combine(Repository.Root, "deploy", "nginx");

    /// <summary>Starts nginx on <paramref name="root"/>, an export folder, and waits until it answers.</summary>
    public static Nginx Serve(string root)
    {
        RequireNginx();
        var prefix = NewPrefix();
        var port = FreePort();
        var brotli = HasBrotli;
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
            {{(brotli ? $"load_module {BrotliModule};" : "")}}
            worker_processes 1;
            daemon off;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 256; }
            http {
                {{Own(prefix)}}
                include {{root}}/_nginx/redirects.conf;
                server {
                    listen 127.0.0.1:{{port}};
                    root {{root}};
                    include asiannatobrief/static.conf;
                    {{(brotli ? "include asiannatobrief/brotli.conf;" : "")}}
                }
            }
            """);
        var process = Start("-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"));
        var nginx = new Nginx(process, prefix, port);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped at start: {process.StandardError.ReadToEnd()} {ReadLog(prefix)}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return nginx;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        nginx.Dispose();
        throw new TimeoutException("nginx did not listen within 10 s: " + ReadLog(prefix));
    }

    /// <summary>Runs <c>nginx -t</c> on a main configuration whose http block includes <paramref name="httpInclude"/>.</summary>
    public static (int ExitCode, string Output) Test(string httpInclude)
    {
        RequireNginx();
        var prefix = NewPrefix();
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { }
            http {
                {{Own(prefix)}}
                include {{httpInclude}};
            }
            """);
        using var process = Start("-t", "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"));
        var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Directory.Delete(prefix, recursive: true);
        return (process.ExitCode, output);
    }

    /// <summary>
    /// Stops nginx by its PID with SIGTERM, which its master passes on to its workers before it exits (a SIGKILL
    /// would leave the workers running and listening); SIGKILL only if it has not gone within five seconds.
    /// </summary>
    public void Dispose()
    {
        if (!process.HasExited)
        {
            _ = SendSignal(process.Id, SigTerm);
            if (!process.WaitForExit(5000))
            {
                process.Kill();
                process.WaitForExit(5000);
            }
        }

        process.Dispose();
        try
        {
            Directory.Delete(Prefix, recursive: true);
        }
        catch (IOException)
        {
            // nginx may hold its log for a moment; the temp folder is cleaned by the OS later.
        }
    }

    private static void RequireNginx()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: install Debian's nginx (apt-get install -y nginx libnginx-mod-http-brotli-static); ./scripts/test does so when run as root");
        }
    }

    /// <summary>A prefix holding the configuration's own folder (linked, so the repository's files are what runs).</summary>
    private static string NewPrefix()
    {
        var prefix = Path.Combine(Path.GetTempPath(), "anb-nginx-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path.Combine(prefix, "tmp"));
        Directory.CreateSymbolicLink(Path.Combine(prefix, "asiannatobrief"), Path.Combine(ConfigFolder, "asiannatobrief"));
        return prefix;
    }

    /// <summary>The http block's own log and temp folders, inside the prefix (never the system's).</summary>
    private static string Own(string prefix) =>
        $"access_log off; client_body_temp_path {prefix}/tmp/body; proxy_temp_path {prefix}/tmp/proxy; "
        + $"fastcgi_temp_path {prefix}/tmp/fastcgi; uwsgi_temp_path {prefix}/tmp/uwsgi; scgi_temp_path {prefix}/tmp/scgi;";

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("nginx did not start");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadLog(string prefix)
    {
        var log = Path.Combine(prefix, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }
}
