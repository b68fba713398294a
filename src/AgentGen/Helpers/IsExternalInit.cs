// Records and init-only setters need this type; netstandard2.0 does not define it.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
