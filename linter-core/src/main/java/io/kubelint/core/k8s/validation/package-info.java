/**
 * The syntax checks of the Kubernetes API server, ported from its Go sources so that kubelint refuses exactly what
 * {@code kubectl apply} would have refused: DNS names ({@link io.kubelint.core.k8s.validation.DnsNames}), label keys
 * and values ({@link io.kubelint.core.k8s.validation.Labels}), object names per kind
 * ({@link io.kubelint.core.k8s.validation.ObjectNames}), identifiers such as environment variable names and
 * ConfigMap keys ({@link io.kubelint.core.k8s.validation.Identifiers}), ports
 * ({@link io.kubelint.core.k8s.validation.Ports}), IP addresses and CIDRs
 * ({@link io.kubelint.core.k8s.validation.IpAddresses}), file paths inside containers
 * ({@link io.kubelint.core.k8s.validation.FilePaths}), resource quantities
 * ({@link io.kubelint.core.k8s.validation.Quantity}), resource names
 * ({@link io.kubelint.core.k8s.validation.ResourceNames}), int-or-percent values
 * ({@link io.kubelint.core.k8s.validation.IntOrPercent}) and RFC 3339 timestamps
 * ({@link io.kubelint.core.k8s.validation.Timestamps}).
 *
 * <p>Every check returns the list of what is wrong, empty when the value is valid, like the upstream functions
 * ({@code IsDNS1123Label(value) []string}). The messages keep the upstream meaning in plain words and name the
 * offending character or the length where that helps; they do not name the field or quote the value, which the
 * rule reporting them does. Lengths are counted as Go counts them: in UTF-8 bytes.
 *
 * <p>Sources (kubernetes/kubernetes): {@code staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go} and
 * {@code ip.go}, {@code staging/src/k8s.io/apimachinery/pkg/api/validate/content/} ({@code kube.go},
 * {@code identifier.go}, {@code path.go}), {@code staging/src/k8s.io/apimachinery/pkg/api/validation/generic.go}
 * and {@code objectmeta.go}, {@code staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go} and
 * {@code suffix.go}, {@code pkg/apis/core/validation/validation.go}, {@code pkg/apis/apps/validation/validation.go},
 * {@code pkg/apis/core/helper/helpers.go}. {@code docs/api-validation.md} lists which upstream check uses which of
 * these primitives.
 */
package io.kubelint.core.k8s.validation;
