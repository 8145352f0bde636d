{{- define "rcp.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "rcp.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "rcp.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "rcp.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "rcp.selectorLabels" -}}
app.kubernetes.io/name: {{ include "rcp.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "rcp.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "rcp.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The CloudNativePG cluster's name; its services and app secret derive from it. */}}
{{- define "rcp.cnpgCluster" -}}
{{- default (printf "%s-db" (include "rcp.fullname" .)) .Values.cloudnativepg.clusterName }}
{{- end }}

{{/* JDBC URL: the CNPG read-write service when the chart runs the cluster, else the operator's URL. */}}
{{- define "rcp.databaseUrl" -}}
{{- if .Values.cloudnativepg.enabled }}
{{- printf "jdbc:postgresql://%s-rw:5432/%s" (include "rcp.cnpgCluster" .) .Values.cloudnativepg.database }}
{{- else }}
{{- required "database.url is required unless cloudnativepg.enabled" .Values.database.url }}
{{- end }}
{{- end }}

{{/* CNPG writes the owner's credentials to <cluster>-app (keys username, password). */}}
{{- define "rcp.databaseSecret" -}}
{{- if .Values.database.existingSecret }}
{{- .Values.database.existingSecret }}
{{- else if .Values.cloudnativepg.enabled }}
{{- printf "%s-app" (include "rcp.cnpgCluster" .) }}
{{- else }}
{{- printf "%s-database" (include "rcp.fullname" .) }}
{{- end }}
{{- end }}

{{- define "rcp.kafkaUser" -}}
{{- default (include "rcp.fullname" .) .Values.strimzi.user.name }}
{{- end }}

{{- define "rcp.kafkaBootstrap" -}}
{{- if .Values.kafka.bootstrapServers }}
{{- .Values.kafka.bootstrapServers }}
{{- else if .Values.strimzi.enabled }}
{{- printf "%s-kafka-bootstrap:%d" .Values.strimzi.clusterName (int .Values.strimzi.bootstrapPort) }}
{{- else }}
{{- fail "kafka.bootstrapServers is required unless strimzi.enabled" }}
{{- end }}
{{- end }}

{{/* Strimzi's User Operator writes the SCRAM credentials to a secret named after the KafkaUser. */}}
{{- define "rcp.kafkaSaslSecret" -}}
{{- if .Values.kafka.sasl.existingSecret }}
{{- .Values.kafka.sasl.existingSecret }}
{{- else if .Values.strimzi.enabled }}
{{- include "rcp.kafkaUser" . }}
{{- else }}
{{- printf "%s-kafka" (include "rcp.fullname" .) }}
{{- end }}
{{- end }}

{{- define "rcp.kafkaSasl" -}}
{{- has .Values.kafka.securityProtocol (list "SASL_SSL" "SASL_PLAINTEXT") }}
{{- end }}

{{- define "rcp.kafkaTls" -}}
{{- has .Values.kafka.securityProtocol (list "SASL_SSL" "SSL") }}
{{- end }}

{{- define "rcp.adminSecret" -}}
{{- default (printf "%s-admin" (include "rcp.fullname" .)) .Values.admin.existingSecret }}
{{- end }}

{{/*
ISO-8601 duration of kafka/topics.yaml (days, hours, minutes, seconds, e.g. P30D, PT12H) in
milliseconds, or -1 for "unlimited"; the application converts the same way (TopicCatalog).
*/}}
{{- define "rcp.retentionMs" -}}
{{- $pattern := "^P(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?$" }}
{{- if eq . "unlimited" }}
{{- -1 }}
{{- else if and (regexMatch $pattern .) (ne . "P") (ne . "PT") }}
{{- $days := regexReplaceAll $pattern . "${1}" | default "0" | int64 }}
{{- $hours := regexReplaceAll $pattern . "${2}" | default "0" | int64 }}
{{- $minutes := regexReplaceAll $pattern . "${3}" | default "0" | int64 }}
{{- $seconds := regexReplaceAll $pattern . "${4}" | default "0" | int64 }}
{{- mul (add (mul (add (mul (add (mul $days 24) $hours) 60) $minutes) 60) $seconds) 1000 }}
{{- else }}
{{- fail (printf "retention %q in files/topics.yaml is neither \"unlimited\" nor an ISO-8601 duration of days, hours, minutes and seconds" .) }}
{{- end }}
{{- end }}

{{/*
"true" when the cluster serves a custom resource, given as (list $ "group/version/Kind"). Install and upgrade
see the cluster's APIs; `helm template` and `helm lint` only those passed with --api-versions.
*/}}
{{- define "rcp.served" -}}
{{- if (index . 0).Capabilities.APIVersions.Has (index . 1) }}true{{ end }}
{{- end }}

{{/* The custom resources the values ask for, each as "group/version/Kind", keyed by the value that enables it. */}}
{{- define "rcp.requestedApis" -}}
{{- $apis := dict }}
{{- if .Values.strimzi.enabled }}
{{- $_ := set $apis "strimzi.enabled" (list (printf "%s/KafkaTopic" .Values.strimzi.apiVersion) (printf "%s/KafkaUser" .Values.strimzi.apiVersion)) }}
{{- end }}
{{- if .Values.cloudnativepg.enabled }}
{{- $_ := set $apis "cloudnativepg.enabled" (list "postgresql.cnpg.io/v1/Cluster") }}
{{- if .Values.cloudnativepg.backup.enabled }}
{{- $_ := set $apis "cloudnativepg.backup.enabled" (list "postgresql.cnpg.io/v1/ScheduledBackup") }}
{{- end }}
{{- if .Values.cloudnativepg.podMonitor.enabled }}
{{- $_ := set $apis "cloudnativepg.podMonitor.enabled" (list "monitoring.coreos.com/v1/PodMonitor") }}
{{- end }}
{{- end }}
{{- if .Values.serviceMonitor.enabled }}
{{- $_ := set $apis "serviceMonitor.enabled" (list "monitoring.coreos.com/v1/ServiceMonitor") }}
{{- end }}
{{- if .Values.prometheusRule.enabled }}
{{- $_ := set $apis "prometheusRule.enabled" (list "monitoring.coreos.com/v1/PrometheusRule") }}
{{- end }}
{{- toYaml $apis }}
{{- end }}

{{/* The metrics user's Secret; the ServiceMonitor scrapes with it when it is on. */}}
{{- define "rcp.metricsSecret" -}}
{{- default (printf "%s-metrics" (include "rcp.fullname" .)) .Values.metrics.existingSecret }}
{{- end }}

{{/* Labels of the `helm test` pod: not the platform's selector labels, so its NetworkPolicy does not bind it. */}}
{{- define "rcp.testSelectorLabels" -}}
app.kubernetes.io/name: {{ include "rcp.name" . }}-test
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* The port of tracing.otlpEndpoint (its scheme's default when it names none); empty without an endpoint. */}}
{{- define "rcp.otlpPort" -}}
{{- with .Values.tracing.otlpEndpoint -}}
{{- $url := urlParse . -}}
{{- $hostPort := splitList ":" $url.host -}}
{{- if gt (len $hostPort) 1 -}}{{ last $hostPort }}{{- else if eq $url.scheme "https" -}}443{{- else -}}80{{- end -}}
{{- end -}}
{{- end }}
