namespace ActorChat.Remote;

/// <summary><c>actorchat.remote.tls</c>: optional TLS on every connection (both sides present a certificate).</summary>
public sealed record TlsSettings
{
    public bool Enabled { get; init; }

    /// <summary>PKCS#12 (.pfx/.p12) file holding this node's certificate and private key.</summary>
    public string CertificatePath { get; init; } = "";

    public string CertificatePassword { get; init; } = "";

    /// <summary>Accept any peer certificate (tests only; a warning is logged at start).</summary>
    public bool SuppressValidation { get; init; }
}
