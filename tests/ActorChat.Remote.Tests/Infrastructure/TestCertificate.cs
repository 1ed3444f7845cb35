using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ActorChat.Remote.Tests.Infrastructure;

/// <summary>A self-signed certificate written as a password-protected PKCS#12 file in the temp folder.</summary>
public sealed class TestCertificate : IDisposable
{
    public const string Password = "test-password";

    private TestCertificate(string path) => Path = path;

    public string Path { get; }

    public string Hocon => $$"""
        actorchat.remote.tls {
          enabled = on
          certificate-path = "{{Path}}"
          certificate-password = "{{Password}}"
        }
        """;

    public static TestCertificate Create(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"actorchat-remote-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return new TestCertificate(path);
    }

    public void Dispose() => File.Delete(Path);
}
