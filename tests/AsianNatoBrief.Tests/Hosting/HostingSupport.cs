using System.Net.Sockets;
using System.Text;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Caching;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Hosting;

/// <summary>A page filter that throws when the query asks for it, to drive the error path through a real page.</summary>
internal sealed class ThrowOnDemandFilter : IPageFilter
{
    public const string Secret = "secret-detail-7f3a";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HttpContext.Request.Query.ContainsKey("boom"))
        {
            throw new InvalidOperationException("Simulated failure " + Secret);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

internal static class HostingFactories
{
    /// <summary>A new app (its own page cache, empty), optionally with more settings.</summary>
    public static WebApplicationFactory<Program> Fresh(this WebApplicationFactory<Program> factory, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>The app with a page filter that throws on <c>?boom</c>.</summary>
    public static WebApplicationFactory<Program> WithThrowingPages(this WebApplicationFactory<Program> factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<RazorPagesOptions>(options => options.Conventions.ConfigureFilter(new ThrowOnDemandFilter()))));

    public static PageCache PageCache(this WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<PageCache>();
}

/// <summary>The real app on a real Kestrel socket (port chosen by the OS), for what TestServer does not enforce.</summary>
public sealed class KestrelBriefFactory : BriefFactory
{
    private readonly Lazy<Uri> address;

    public KestrelBriefFactory()
    {
        UseKestrel(0);
        address = new Lazy<Uri>(() =>
        {
            StartServer();
            using var client = CreateClient();
            return client.BaseAddress!;
        });
    }

    public Uri Address => address.Value;
}

/// <summary>What came back from a hand-written HTTP/1.1 request.</summary>
internal sealed record RawResponse(int Status, string Head, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name)
    {
        foreach (var line in Head.Split("\r\n").Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }
}

/// <summary>
/// Sends request targets byte for byte, without HttpClient's URI normalisation (which would resolve
/// <c>..</c> and re-escape), so the server sees exactly what an attacker could send.
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, string target, string method = "GET", string extraHeaders = "")
    {
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await tcp.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = tcp.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n{extraHeaders}\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request), timeout.Token);
        using var buffer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(buffer, timeout.Token);
        }
        catch (IOException)
        {
            // Kestrel may reset the connection right after answering a request it refused; keep what arrived.
        }

        var bytes = buffer.ToArray();
        var split = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.ASCII.GetString(bytes, 0, split < 0 ? bytes.Length : split);
        var body = split < 0 ? [] : bytes[(split + 4)..];
        var status = head.Length >= 12 && int.TryParse(head.AsSpan(9, 3), out var code) ? code : 0;
        return new RawResponse(status, head, body);
    }
}

internal static class ClientExtensions
{
    public static HttpClient CreatePlainClientFor(this Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A GET sending <c>Accept-Encoding</c> as given (none when empty); the body is left as the server encoded it.</summary>
    public static async Task<HttpResponseMessage> GetEncodedAsync(this HttpClient client, string url, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A body as text, decoded from the content coding it was sent with (br, gzip or none).</summary>
    public static string DecodedText(byte[] body, string? contentEncoding)
    {
        Stream stream = new MemoryStream(body);
        stream = contentEncoding switch
        {
            "br" => new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress),
            null => stream,
            _ => throw new ArgumentException($"unexpected content coding {contentEncoding}", nameof(contentEncoding)),
        };
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
