using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ActorChat.Hocon;

namespace ActorChat.Remote.Transport;

/// <summary>
/// This node's TLS certificate and the rule for accepting a peer's (see reference.conf, tls):
/// a certificate that validates, or the very certificate this node uses (a shared cluster
/// certificate), or anything with suppress-validation. Mutual: the acceptor requires a client
/// certificate. Loaded once when remoting starts; a bad file fails the start.
/// </summary>
internal sealed class TlsContext : IDisposable
{
    private readonly X509Certificate2 _certificate;
    private readonly SslStreamCertificateContext _context;
    private readonly bool _suppressValidation;

    private TlsContext(X509Certificate2 certificate, bool suppressValidation)
    {
        _certificate = certificate;

        // A context (not a certificate list) so the client always presents it, whatever issuers the server names.
        _context = SslStreamCertificateContext.Create(certificate, additionalCertificates: null, offline: true);
        _suppressValidation = suppressValidation;
    }

    public static TlsContext? Create(TlsSettings settings)
    {
        if (!settings.Enabled)
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword);
        }
        catch (CryptographicException e)
        {
            throw new ConfigException($"actorchat.remote.tls.certificate-path: cannot load \"{settings.CertificatePath}\": {e.Message}");
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new ConfigException($"actorchat.remote.tls.certificate-path: \"{settings.CertificatePath}\" has no private key");
        }

        return new TlsContext(certificate, settings.SuppressValidation);
    }

    public bool SuppressValidation => _suppressValidation;

    /// <summary>
    /// Runs the TLS handshake over <paramref name="inner"/> (which the returned stream then owns).
    /// Throws <see cref="AuthenticationException"/> or <see cref="IOException"/> when it fails.
    /// </summary>
    public async Task<SslStream> AuthenticateAsync(Stream inner, bool inbound, string targetHost, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(inner, leaveInnerStreamOpen: false, Validate);
        try
        {
            if (inbound)
            {
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = _context,
                    ClientCertificateRequired = true,
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
                {
                    TargetHost = targetHost,
                    ClientCertificateContext = _context,
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                }, cancellationToken).ConfigureAwait(false);
            }

            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Dispose() => _certificate.Dispose();

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_suppressValidation || errors == SslPolicyErrors.None)
        {
            return true;
        }

        // Only the chain or the name is wrong, and it is our own certificate: a shared cluster certificate.
        return certificate is not null && (errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0 &&
            CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), _certificate.GetCertHash(HashAlgorithmName.SHA256));
    }
}
