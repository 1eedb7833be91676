using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Exporter.Interop.Tests.Support;

/// <summary>A folder served over HTTP on 127.0.0.1 by <c>python3 -m http.server</c>, for peers that need URLs
/// (Lighthouse); disposing ends it. Nothing but loopback is ever served or asked.</summary>
public sealed class LoopbackStaticServer : IDisposable
{
    private readonly Process _process;

    private LoopbackStaticServer(Process process) => _process = process;

    /// <summary>A loopback port free now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Serves <paramref name="root"/> at http://127.0.0.1:<paramref name="port"/>/ and returns once it accepts connections (20 s at most).</summary>
    public static LoopbackStaticServer Start(string python, string root, int port)
    {
        var psi = new ProcessStartInfo(python) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-m", "http.server", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--directory", root }) psi.ArgumentList.Add(a);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + python);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new LoopbackStaticServer(process);
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < until && !process.HasExited)
            {
                Thread.Sleep(100);
            }
            catch (SocketException)
            {
                server.Dispose();
                throw;
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
