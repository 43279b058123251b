using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace AsianNatoBrief.Tests.Hosting;

/// <summary>
/// Requests with a body the site never reads, over a real socket: a keep-alive client's next request on
/// the same connection is answered, or the refusal says <c>Connection: close</c> and the connection ends cleanly.
/// </summary>
public sealed class UnreadBodyTests(KestrelBriefFactory factory) : IClassFixture<KestrelBriefFactory>
{
    [Theory]
    [InlineData("PUT", 70 * 1024, 405)]
    [InlineData("POST", 70 * 1024, 405)]
    [InlineData("GET", 70 * 1024, 200)]
    public async Task ARequestWithA70KBBody_ThenAGet_OnOneConnection_GetTwoWholeResponses(string method, int size, int status)
    {
        using var connection = await RawConnection.OpenAsync(factory.Address);
        var body = new string('x', size);

        await connection.SendAsync($"{method} / HTTP/1.1\r\nHost: {factory.Address.Authority}\r\nContent-Type: text/plain\r\nContent-Length: {size}\r\n\r\n{body}");
        var first = await connection.ReadResponseAsync();
        await connection.SendAsync($"GET /actors/china HTTP/1.1\r\nHost: {factory.Address.Authority}\r\n\r\n");
        var second = await connection.ReadResponseAsync();

        Assert.Equal(status, first.Status);
        Assert.Null(first.Header("Connection"));
        Assert.Equal(200, second.Status);
        Assert.Contains("</html>", second.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyTooLargeToDrain_GetsConnectionClose_AndTheConnectionEndsCleanly()
    {
        using var connection = await RawConnection.OpenAsync(factory.Address);

        // Only the head is sent: the server must answer without waiting for (or reading) two megabytes.
        await connection.SendAsync($"PUT / HTTP/1.1\r\nHost: {factory.Address.Authority}\r\nContent-Length: {2 * 1024 * 1024}\r\n\r\n");
        var refused = await connection.ReadResponseAsync();
        var after = await connection.ReadToEndAsync();

        Assert.Equal(405, refused.Status);
        Assert.Equal("close", refused.Header("Connection"));
        Assert.Empty(after);
        var next = await RawHttp.SendAsync(factory.Address, "/");
        Assert.Equal(200, next.Status);
    }

    [Fact]
    public async Task AChunkedBody_OfUnknownLength_GetsConnectionClose()
    {
        using var connection = await RawConnection.OpenAsync(factory.Address);

        await connection.SendAsync($"POST / HTTP/1.1\r\nHost: {factory.Address.Authority}\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        var refused = await connection.ReadResponseAsync();

        Assert.Equal(405, refused.Status);
        Assert.Equal("close", refused.Header("Connection"));
        Assert.Empty(await connection.ReadToEndAsync());
    }
}

/// <summary>One kept-alive HTTP/1.1 connection, read response by response (Content-Length or chunked framing).</summary>
internal sealed class RawConnection : IDisposable
{
    private readonly TcpClient tcp;
    private readonly NetworkStream stream;
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(20));
    private readonly List<byte> pending = [];

    private RawConnection(TcpClient tcp)
    {
        this.tcp = tcp;
        stream = tcp.GetStream();
    }

    public static async Task<RawConnection> OpenAsync(Uri server)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        return new RawConnection(tcp);
    }

    public async Task SendAsync(string text) => await stream.WriteAsync(Encoding.ASCII.GetBytes(text), timeout.Token);

    public async Task<RawResponse> ReadResponseAsync()
    {
        var head = Encoding.ASCII.GetString(await ReadUntilAsync("\r\n\r\n"u8.ToArray()));
        var response = new RawResponse(int.Parse(head.AsSpan(9, 3), CultureInfo.InvariantCulture), head, []);
        byte[] body;
        if (response.Header("Content-Length") is { } length)
        {
            body = await ReadExactlyAsync(int.Parse(length, CultureInfo.InvariantCulture));
        }
        else if (response.Header("Transfer-Encoding") == "chunked")
        {
            var all = new List<byte>();
            while (true)
            {
                var size = Convert.ToInt32(Encoding.ASCII.GetString(await ReadUntilAsync("\r\n"u8.ToArray())).Split(';')[0], 16);
                all.AddRange(await ReadExactlyAsync(size));
                await ReadExactlyAsync(2);
                if (size == 0)
                {
                    break;
                }
            }

            body = [.. all];
        }
        else
        {
            body = [];
        }

        return response with { Body = body };
    }

    /// <summary>What arrives until the server closes the connection; fails if it resets it instead.</summary>
    public async Task<byte[]> ReadToEndAsync()
    {
        var rest = new MemoryStream();
        rest.Write([.. pending]);
        await stream.CopyToAsync(rest, timeout.Token);
        return rest.ToArray();
    }

    public void Dispose()
    {
        timeout.Dispose();
        tcp.Dispose();
    }

    private async Task<byte[]> ReadUntilAsync(byte[] end)
    {
        while (true)
        {
            var at = pending.ToArray().AsSpan().IndexOf(end);
            if (at >= 0)
            {
                var taken = pending.GetRange(0, at).ToArray();
                pending.RemoveRange(0, at + end.Length);
                return taken;
            }

            await FillAsync();
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count)
    {
        while (pending.Count < count)
        {
            await FillAsync();
        }

        var taken = pending.GetRange(0, count).ToArray();
        pending.RemoveRange(0, count);
        return taken;
    }

    private async Task FillAsync()
    {
        var buffer = new byte[16 * 1024];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        if (read == 0)
        {
            throw new IOException("the server closed the connection before the response was whole");
        }

        pending.AddRange(buffer.AsSpan(0, read));
    }
}
