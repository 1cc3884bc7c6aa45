{{/* The chart's name, or nameOverride. */}}
{{- define "taskdef-compiler.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The release's full name: fullnameOverride, else <release>-<chart> (just <release> when it holds the chart name). */}}
{{- define "taskdef-compiler.fullname" -}}
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

{{- define "taskdef-compiler.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "taskdef-compiler.selectorLabels" -}}
app.kubernetes.io/name: {{ include "taskdef-compiler.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "taskdef-compiler.labels" -}}
helm.sh/chart: {{ include "taskdef-compiler.chart" . }}
{{ include "taskdef-compiler.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "taskdef-compiler.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "taskdef-compiler.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret holding the API tokens: the one you manage, or the one this chart makes from apiTokens.tokens; empty when neither. */}}
{{- define "taskdef-compiler.tokensSecret" -}}
{{- if .Values.apiTokens.existingSecret }}
{{- .Values.apiTokens.existingSecret }}
{{- else if .Values.apiTokens.tokens }}
{{- printf "%s-api-tokens" (include "taskdef-compiler.fullname" .) }}
{{- end }}
{{- end }}
